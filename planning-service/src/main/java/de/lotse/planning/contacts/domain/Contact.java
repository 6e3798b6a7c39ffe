package de.lotse.planning.contacts.domain;

import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact with or about the customer (docs/domain.md §7). Whether it counts toward the contact density
 * follows the policy: its format must be one the policy counts, and a phone call counts only with a
 * qualified note (PANKOW 6).
 *
 * @param qualifiedNote       a qualified counselling note was written (phone calls count only then)
 * @param afterCare           recorded in the after-care period of the closed case (docs/domain.md §16.1): it does not count
 */
public record Contact(
        UUID id,
        UUID caseId,
        String jobcenterId,
        ContactFormat format,
        LocalDate occurredOn,
        boolean qualifiedNote,
        LocalDate nextAppointmentOn,
        boolean countsForDensity,
        String recordedBy,
        Instant recordedAt,
        int policyVersion,
        boolean afterCare) {

    public static Contact record(
            UUID id,
            UUID caseId,
            String jobcenterId,
            ContactFormat format,
            LocalDate occurredOn,
            boolean qualifiedNote,
            LocalDate nextAppointmentOn,
            LocalDate admittedOn,
            LocalDate closedOn,
            PlanningPolicy policy,
            String by,
            LocalDate today,
            Instant now) {
        if (occurredOn.isAfter(today) || occurredOn.isBefore(admittedOn)) {
            throw new RuleViolation(
                    "occurredOn",
                    "OUTSIDE_CASE_AND_TODAY",
                    "Der Kontakt liegt zwischen Aufnahme (" + admittedOn + ") und heute.");
        }
        if (nextAppointmentOn != null && nextAppointmentOn.isBefore(occurredOn)) {
            throw new RuleViolation(
                    "nextAppointmentOn", "BEFORE_CONTACT", "Der nächste Termin liegt nach dem Kontakt.");
        }
        if (closedOn != null && !occurredOn.isAfter(closedOn)) {
            throw new RuleViolation(
                    "occurredOn",
                    "AFTER_CARE_AFTER_CLOSURE",
                    "Ein Kontakt in der Nachbetreuung liegt " + "nach dem Abschluss des Falls (" + closedOn + ").");
        }
        boolean counts = closedOn == null
                && policy.contactRule() != null
                && policy.contactRule().countedFormats().contains(format)
                && (format != ContactFormat.PHONE || qualifiedNote);
        return new Contact(
                id,
                caseId,
                jobcenterId,
                format,
                occurredOn,
                qualifiedNote,
                nextAppointmentOn,
                counts,
                by,
                now,
                policy.version(),
                closedOn != null);
    }
}
