package de.lotse.network.partners.application;

import de.lotse.network.partners.domain.Partner;
import de.lotse.network.partners.domain.PartnerType;
import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.network.partners.infrastructure.PartnerStore;
import de.lotse.platform.contracts.PartnerRegistered;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.outbox.OutboxWriter;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The Jobcenter's partner registry: team leads and administrators maintain it, all staff look
 * partners up. Every registration or change of the service offer is published as
 * {@code partner-registered} (type and service codes, no contact persons).
 */
@Singleton
public class PartnerService {
    private final PartnerStore partners;
    private final OutboxWriter outbox;
    private final Clock clock;

    PartnerService(PartnerStore partners, OutboxWriter outbox, Clock clock) {
        this.partners = partners;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What TL or ADMIN submit. */
    public record Input(
            String name,
            PartnerType type,
            Set<ServiceCode> services,
            List<String> locations,
            String capacityNote,
            List<Partner.ContactPerson> contactPersons,
            boolean active) {}

    /**
     * A new partner record of the caller's Jobcenter under an id Lotse generates: an organisation working for
     * two Jobcenters is two records, each consented and referred separately, and no Jobcenter can learn
     * through the registry which ids another one holds.
     */
    @Transactional
    public Partner register(CurrentUser user, Input in) {
        requireMaintainer(user);
        Partner p = Partner.register(
                UUID.randomUUID(),
                user.requireJobcenter(),
                in.name(),
                in.type(),
                in.services(),
                in.locations(),
                in.capacityNote(),
                in.contactPersons(),
                clock.instant());
        partners.insert(p);
        publish(p);
        return p;
    }

    @Transactional
    public Partner update(CurrentUser user, UUID id, long version, Input in) {
        requireMaintainer(user);
        Partner current = find(user, id);
        if (current.version() != version) {
            throw new StateConflict("PARTNER_CHANGED", "Der Partner wurde inzwischen geändert. Bitte neu laden.");
        }
        Partner updated = current.update(
                in.name(),
                in.services(),
                in.locations(),
                in.capacityNote(),
                in.contactPersons(),
                in.active(),
                clock.instant());
        partners.update(updated);
        publish(updated);
        return new Partner(
                updated.id(),
                updated.jobcenterId(),
                updated.name(),
                updated.type(),
                updated.services(),
                updated.locations(),
                updated.capacityNote(),
                updated.contactPersons(),
                updated.active(),
                updated.updatedAt(),
                updated.version() + 1);
    }

    @Transactional
    public Partner find(CurrentUser user, UUID id) {
        return partners.find(user.requireJobcenter(), id).orElseThrow(() -> NotFound.of("Partner"));
    }

    @Transactional
    public Page<Partner> list(CurrentUser user, ServiceCode service, PageRequest page) {
        String jobcenterId = user.requireJobcenter();
        return Page.of(
                partners.list(jobcenterId, service, page.size(), page.offset()),
                page,
                partners.count(jobcenterId, service));
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

    private static void requireMaintainer(CurrentUser user) {
        if (!user.has(Roles.TL) && !user.has(Roles.ADMIN)) {
            throw new AccessDenied(
                    "REGISTRY_MAINTAINERS", "Das Partnerverzeichnis pflegen Teamleitung und Administration.");
        }
    }
}
