package de.lotse.intake.cases.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One decision on a case, with who took it in which role and the policy version it was made under.
 * Kind and outcome are codes; the note stays in intake.
 */
public record CaseDecision(
        UUID caseId,
        String jobcenterId,
        String kind,
        String decidedBy,
        String decidedByRole,
        Instant decidedAt,
        int policyVersion,
        String outcome,
        String reasonCode,
        String note) {}
