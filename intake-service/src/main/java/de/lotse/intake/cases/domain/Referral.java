package de.lotse.intake.cases.domain;

import de.lotse.intake.eligibility.domain.AccessReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The referral (Vormerkung) a case starts with.
 *
 * @param route                    access route
 * @param reasons                  access reasons, each a satisfied path of the policy at the time
 * @param note                     the referring person's justification (stays in intake)
 * @param referredBy               subject of the referring AV (or FM on the routes an FM may record)
 * @param referredOn               the referral day (Berlin)
 * @param policyVersion            the policy version the referral was checked against
 * @param secondaryAssignmentDueOn an FM must be assigned by then (TAH 4.3), if the policy says so
 * @param predecessorCaseId        the case at the previous Jobcenter, after a move
 * @param carriedDurationStartOn   after a move: the time in FM keeps counting from the first admission
 * @param applicationOn            the day the benefit application was handed in complete (Antragstellung,
 *                                 UCKERMARK 3), if recorded: the Einstiegsberatung deadline may count from it
 * @param benefitDecisionOn        the day benefits were granted (Bewilligung, UCKERMARK 3, 4.1, 5), once recorded
 * @param firstTalkDueOn           the first talk is due by then, where the policy counts it from the benefit decision
 */
public record Referral(
        ReferralRoute route,
        List<AccessReason> reasons,
        String note,
        String referredBy,
        Instant referredAt,
        LocalDate referredOn,
        int policyVersion,
        LocalDate secondaryAssignmentDueOn,
        UUID predecessorCaseId,
        LocalDate carriedDurationStartOn,
        LocalDate applicationOn,
        LocalDate benefitDecisionOn,
        LocalDate firstTalkDueOn) {

    public Referral {
        reasons = List.copyOf(reasons);
    }

    /** The referral with the benefit decision and the first-talk deadline it starts. */
    Referral withBenefitDecision(LocalDate decidedOn, LocalDate talkDueOn) {
        return new Referral(
                route,
                reasons,
                note,
                referredBy,
                referredAt,
                referredOn,
                policyVersion,
                secondaryAssignmentDueOn,
                predecessorCaseId,
                carriedDurationStartOn,
                applicationOn,
                decidedOn,
                talkDueOn);
    }
}
