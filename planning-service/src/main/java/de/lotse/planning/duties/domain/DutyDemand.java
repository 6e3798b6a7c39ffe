package de.lotse.planning.duties.domain;

import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A duty demanded of the customer in writing (Aufforderung, § 15 Abs. 6 SGB II n. F.): since the
 * Kooperationsplan carries no legal consequences, a duty whose breach may lead to a reduction is demanded
 * separately, with a legal-consequence notice (Rechtsfolgenbelehrung) in the same letter. Only such a
 * record — never a plan step or free text — can ground a reduction check for a breach of duty
 * (docs/domain.md §14).
 *
 * @param duty              from the closed catalogue
 * @param details           what exactly is demanded, e.g. "fünf Bewerbungen je Monat" (stays in planning)
 * @param demandedOn        date of the written demand
 * @param dueBy             the duty is to be fulfilled by then
 * @param withLegalConsequenceNotice the demand explained the legal consequences in writing
 */
public record DutyDemand(
        UUID id,
        UUID caseId,
        String jobcenterId,
        Duty duty,
        String details,
        LocalDate demandedOn,
        LocalDate dueBy,
        boolean withLegalConsequenceNotice,
        String recordedBy,
        Instant recordedAt) {

    public static DutyDemand record(
            UUID id,
            UUID caseId,
            String jobcenterId,
            Duty duty,
            String details,
            LocalDate demandedOn,
            LocalDate dueBy,
            boolean withLegalConsequenceNotice,
            LocalDate admittedOn,
            LocalDate today,
            String by,
            Instant now) {
        if (demandedOn.isAfter(today)) {
            throw new RuleViolation("demandedOn", "IN_FUTURE", "Die Aufforderung liegt nicht in der Zukunft.");
        }
        if (admittedOn != null && demandedOn.isBefore(admittedOn)) {
            throw new RuleViolation(
                    "demandedOn",
                    "BEFORE_ADMISSION",
                    "Die Aufforderung liegt nicht vor der Aufnahme ins Fallmanagement.");
        }
        if (dueBy != null && dueBy.isBefore(demandedOn)) {
            throw new RuleViolation("dueBy", "BEFORE_DEMAND", "Die Frist endet nicht vor der Aufforderung.");
        }
        return new DutyDemand(
                id, caseId, jobcenterId, duty, details, demandedOn, dueBy, withLegalConsequenceNotice, by, now);
    }
}
