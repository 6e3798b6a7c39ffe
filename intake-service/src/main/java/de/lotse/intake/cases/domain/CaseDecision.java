package de.lotse.intake.cases.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One decision on a case, with who took it in which role and the policy version it was made under.
 * Kind and outcome are codes; the note stays in intake.
 *
 * @param teamId the team responsible after the decision (null in entries from before it was kept)
 * @param caseManagerId the FM responsible after the decision (null before admission and in entries from before it
 *     was kept)
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
        String note,
        String teamId,
        String caseManagerId) {}
