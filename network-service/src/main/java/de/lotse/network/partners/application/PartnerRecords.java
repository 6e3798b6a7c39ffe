package de.lotse.network.partners.application;

import de.lotse.network.partners.domain.Partner;
import de.lotse.network.partners.domain.PartnerType;
import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.network.partners.infrastructure.PartnerStore;
import de.lotse.platform.contracts.PartnerRegistered;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.outbox.OutboxWriter;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Partners taken over from another system (docs/import.md) into the registry under the id derived from their
 * source key: registered as the registry registers them ({@code partner-registered}), imported again unchanged,
 * with changed master data updated as a maintainer updates them. The type of a partner is fixed (as in the
 * registry); contact persons are not part of the format and stay as maintained in Lotse.
 */
@Singleton
public class PartnerRecords {
    private final PartnerStore partners;
    private final OutboxWriter outbox;

    PartnerRecords(PartnerStore partners, OutboxWriter outbox) {
        this.partners = partners;
        this.outbox = outbox;
    }

    /** A partner record of the file; codes as given (an unknown one is a broken rule naming its field). */
    public record Imported(
            UUID id,
            String name,
            String type,
            List<String> services,
            List<String> locations,
            String capacityNote,
            Boolean active) {}

    /** CREATED, UNCHANGED or UPDATED, with the fields changed. */
    public record Taken(UUID id, String result, List<String> changes) {}

    public Taken take(String jobcenterId, Imported in, Instant now) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        PartnerType type = null;
        try {
            type = PartnerType.valueOf(Objects.requireNonNullElse(in.type(), ""));
        } catch (IllegalArgumentException e) {
            broken.add(new RuleViolation.Broken(
                    "type", "UNKNOWN_CODE", "Diese Partnerart kennt Lotse nicht (siehe API-Dokumentation)."));
        }
        Set<ServiceCode> services = EnumSet.noneOf(ServiceCode.class);
        List<String> given = in.services() == null ? List.of() : in.services();
        for (int i = 0; i < given.size(); i++) {
            try {
                services.add(ServiceCode.valueOf(given.get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                broken.add(new RuleViolation.Broken(
                        "services[" + i + "]",
                        "UNKNOWN_CODE",
                        "Diese Leistung kennt Lotse nicht (siehe API-Dokumentation)."));
            }
        }
        if (in.name() == null || in.name().isBlank()) {
            broken.add(new RuleViolation.Broken("name", "REQUIRED", "Der Partner hat einen Namen."));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        List<String> locations = in.locations() == null ? List.of() : in.locations();
        boolean active = !Boolean.FALSE.equals(in.active());
        Partner current = partners.find(jobcenterId, in.id()).orElse(null);
        if (current == null) {
            Partner registered = Partner.register(
                    in.id(), jobcenterId, in.name(), type, services, locations, in.capacityNote(), List.of(), now);
            if (!active) {
                registered =
                        registered.update(in.name(), services, locations, in.capacityNote(), List.of(), false, now);
            }
            partners.insert(registered);
            publish(registered);
            return new Taken(in.id(), "CREATED", List.of());
        }
        if (current.type() != type) {
            throw new RuleViolation(
                    "type",
                    "PARTNER_TYPE_FIXED",
                    "Die Art eines übernommenen Partners ändert sich nicht (ein anderer Träger ist ein neuer Partner).");
        }
        Partner updated = current.update(
                in.name(), services, locations, in.capacityNote(), current.contactPersons(), active, now);
        List<String> changes = new ArrayList<>();
        if (!updated.name().equals(current.name())) {
            changes.add("name");
        }
        if (!updated.services().equals(current.services())) {
            changes.add("services");
        }
        if (!updated.locations().equals(current.locations())) {
            changes.add("locations");
        }
        if (!Objects.equals(updated.capacityNote(), current.capacityNote())) {
            changes.add("capacityNote");
        }
        if (updated.active() != current.active()) {
            changes.add("active");
        }
        if (changes.isEmpty()) {
            return new Taken(in.id(), "UNCHANGED", List.of());
        }
        partners.update(updated);
        publish(updated);
        return new Taken(in.id(), "UPDATED", changes);
    }

    private void publish(Partner p) {
        outbox.append(
                p.id().toString(),
                p.jobcenterId(),
                null,
                new PartnerRegistered(
                        p.id(),
                        p.type().name(),
                        p.services().stream().map(Enum::name).sorted().toList(),
                        p.updatedAt()));
    }
}
