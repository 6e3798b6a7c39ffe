package de.lotse.intake.cases.domain;

import java.time.Instant;

/** The FM's decision not to admit a referral. */
public record Decline(DeclineReason reason, String note, String declinedBy, Instant declinedAt, int policyVersion) {}
