package de.lotse.intake.nonreferral.domain;

import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Nichtvormerkung: a customer who formally meets the access criteria is not referred, with a
 * reason; the decision is re-checked at the latest after the policy's interval and each re-check
 * is documented (PANKOW 4.2, BA2010 3b, TAH 3.2).
 *
 * @param teamId        the AV's team
 * @param note          stays in intake
 * @param recordedBy    the AV
 * @param policyVersion the policy version of the decision
 * @param open          false once resolved (referred after all, or criteria no longer met)
 * @param recheckDueOn  the next re-check; none when resolved or the policy has no re-check rule
 * @param rechecks      number of documented re-checks
 * @param version       optimistic lock
 */
public record NonReferral(
        UUID id,
        String jobcenterId,
        UUID customerId,
        String teamId,
        NonReferralReason reason,
        String note,
        String recordedBy,
        Instant recordedAt,
        LocalDate recordedOn,
        int policyVersion,
        boolean open,
        LocalDate recheckDueOn,
        int rechecks,
        long version) {

    public NonReferral {
        Objects.requireNonNull(id);
        Objects.requireNonNull(reason);
    }

    public static NonReferral record(
            UUID id,
            String jobcenterId,
            UUID customerId,
            String teamId,
            NonReferralReason reason,
            String note,
            String recordedBy,
            Instant now,
            LocalDate today,
            int policyVersion,
            Integer recheckMonths) {
        if (reason == NonReferralReason.OTHER && (note == null || note.isBlank())) {
            throw new RuleViolation("note", "NOTE_REQUIRED", "Bei „Sonstiges“ ist eine Begründung erforderlich.");
        }
        return new NonReferral(
                id,
                jobcenterId,
                customerId,
                teamId,
                reason,
                note,
                recordedBy,
                now,
                today,
                policyVersion,
                true,
                recheckMonths == null ? null : today.plusMonths(recheckMonths),
                0,
                0);
    }

    /** A documented re-check; confirming keeps it open with the next due date, anything else resolves it. */
    public NonReferral recheck(RecheckOutcome outcome, LocalDate checkedOn, LocalDate today, Integer recheckMonths) {
        if (!open) {
            throw new StateConflict("NON_REFERRAL_RESOLVED", "Diese Nichtvormerkung ist bereits erledigt.");
        }
        if (checkedOn.isBefore(recordedOn) || checkedOn.isAfter(today)) {
            throw new RuleViolation(
                    "checkedOn",
                    "OUTSIDE_RECORD_AND_TODAY",
                    "Die Prüfung liegt zwischen der Nichtvormerkung (" + recordedOn + ") und heute.");
        }
        boolean stillOpen = outcome == RecheckOutcome.CONFIRMED;
        LocalDate next = stillOpen && recheckMonths != null ? checkedOn.plusMonths(recheckMonths) : null;
        return new NonReferral(
                id,
                jobcenterId,
                customerId,
                teamId,
                reason,
                note,
                recordedBy,
                recordedAt,
                recordedOn,
                policyVersion,
                stillOpen,
                next,
                rechecks + 1,
                version);
    }

    public boolean overdueOn(LocalDate day) {
        return open && recheckDueOn != null && recheckDueOn.isBefore(day);
    }
}
