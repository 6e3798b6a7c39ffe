package de.lotse.intake.nonreferral.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A documented re-check of a non-referral, with the policy version it was made under. */
public record Recheck(
        int number,
        String checkedBy,
        LocalDate checkedOn,
        Instant checkedAt,
        RecheckOutcome outcome,
        String reasonCode,
        String note,
        LocalDate nextDueOn,
        int policyVersion) {}
