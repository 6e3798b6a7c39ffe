package de.lotse.network.partners.domain;

import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A partner organisation of the Jobcenter's network (docs/domain.md §9): type, services offered,
 * locations, a note on capacity and availability, contact persons.
 *
 * @param active          an inactive partner gets no new referrals or consents
 * @param version         optimistic lock
 */
public record Partner(
        UUID id,
        String jobcenterId,
        String name,
        PartnerType type,
        Set<ServiceCode> services,
        List<String> locations,
        String capacityNote,
        List<ContactPerson> contactPersons,
        boolean active,
        Instant updatedAt,
        long version) {

    public Partner {
        services = Set.copyOf(services);
        locations = List.copyOf(locations);
        contactPersons = List.copyOf(contactPersons);
    }

    /** A contact person at the partner (business contact data, not a customer's). */
    public record ContactPerson(String name, String role, String phone, String email) {}

    public static Partner register(
            UUID id,
            String jobcenterId,
            String name,
            PartnerType type,
            Set<ServiceCode> services,
            List<String> locations,
            String capacityNote,
            List<ContactPerson> contactPersons,
            Instant now) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        if (services.isEmpty()) {
            broken.add(new RuleViolation.Broken(
                    "services", "REQUIRED", "Der Partner bietet mindestens eine Leistung an."));
        }
        if (type != PartnerType.MEASURE_PROVIDER && services.contains(ServiceCode.MEASURE)) {
            broken.add(new RuleViolation.Broken(
                    "services", "MEASURE_ONLY_BY_PROVIDER", "Maßnahmen bieten nur Maßnahmeträger an."));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        return new Partner(
                id, jobcenterId, name.strip(), type, services, locations, capacityNote, contactPersons, true, now, 0);
    }

    public Partner update(
            String name,
            Set<ServiceCode> services,
            List<String> locations,
            String capacityNote,
            List<ContactPerson> contactPersons,
            boolean active,
            Instant now) {
        Partner checked = register(id, jobcenterId, name, type, services, locations, capacityNote, contactPersons, now);
        return new Partner(
                id,
                jobcenterId,
                checked.name(),
                type,
                checked.services(),
                checked.locations(),
                capacityNote,
                checked.contactPersons(),
                active,
                now,
                version);
    }

    public boolean offers(ServiceCode service) {
        return services.contains(service);
    }
}
