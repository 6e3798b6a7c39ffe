package de.lotse.intake.cases.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The admission into case management (Fallzugang) and the deadlines it starts.
 *
 * @param decidedBy             the FM, or the team lead after an escalation
 * @param decidedByRole         FM or TL
 * @param jointCaseDiscussionOn the joint case discussion of AV and FM the admission cites (TAH 4.3)
 * @param variant               full handover or accompanying support
 * @param overCaseloadOverride  the FM is beyond the policy caseload ratio; a team lead allowed it
 * @param policyVersion         the policy version of the decision
 * @param durationStartOn       time in FM counts from here (earlier than admittedOn after a move)
 * @param maxDurationEndsOn     the policy's maximum duration ends here, if it has one
 */
public record Admission(
        LocalDate admittedOn,
        Instant admittedAt,
        String decidedBy,
        String decidedByRole,
        LocalDate jointCaseDiscussionOn,
        SupportVariant variant,
        boolean overCaseloadOverride,
        int policyVersion,
        LocalDate durationStartOn,
        LocalDate maxDurationEndsOn) {}
