package de.lotse.planning.casefacts.domain;

import de.lotse.platform.kernel.contacts.ContactRule;

/**
 * The settings of a Jobcenter's policy that planning applies (docs/domain.md §11), taken from
 * {@code policy-changed}. A Jobcenter whose policy has not arrived yet works under the BA's minimum
 * (reviews every 6 months, no contact rule, no limit on an agreement's validity), as intake does.
 *
 * @param version                        the policy version the settings belong to (0: none known yet)
 * @param agreementMaxValidityMonths     an agreement is valid at most this long (UCKERMARK 4.1.4: 6); none = no limit
 *                                       (the law asks only for a joint review after six months, docs/domain.md §15)
 * @param contactRule                    the contact density; none = no rule
 * @param continuationReviewMonths       Fortführungsprüfung interval
 * @param maxDurationExtension           NONE, DOCUMENTED_REASONS or TEAM_LEAD_APPROVAL
 * @param aghContinuesBeyondMaxDuration  a running AGH continues FM past the maximum duration (TAH)
 * @param deputyNeedsCustomerAgreement   a deputy reads FM-individual notes only with the customer's agreement (TAH 4.9)
 */
public record PlanningPolicy(
        int version,
        Integer agreementMaxValidityMonths,
        ContactRule contactRule,
        int continuationReviewMonths,
        String maxDurationExtension,
        boolean aghContinuesBeyondMaxDuration,
        boolean deputyNeedsCustomerAgreement) {

    public static final PlanningPolicy BA_MINIMUM =
            new PlanningPolicy(0, null, null, 6, "DOCUMENTED_REASONS", false, false);
}
