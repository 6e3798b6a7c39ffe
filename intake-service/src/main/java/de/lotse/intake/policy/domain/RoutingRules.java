package de.lotse.intake.policy.domain;

import java.util.Set;

/**
 * How a Jobcenter that gives every customer an FM routes customers between specialised FMs, and the
 * deadlines of each route (UCKERMARK 3, 4.1, 4.2, 6.6; docs/domain.md §18). Without these rules (the
 * other presets) a case stays with the team it was referred to.
 *
 * @param marketNearCategories          categories whose customers aged 25 and over go to the FM for customers close
 *                                      to the labour market after the Einstiegsberatung (UCKERMARK 3: A)
 * @param firstTalkAfterBenefitDecision the first talk takes place within this after the benefit decision
 *                                      (Bewilligung; UCKERMARK 3, 4.1, 5: 10 working days)
 * @param marketNearInvitation          after the handover the market-near FM invites in writing within this
 *                                      (UCKERMARK 4.2: 5 working days)
 * @param marketNearFirstTalk           … to a first talk within this of the handover (UCKERMARK 4.2: 10 working days)
 * @param marketNearReviewMonths        the market-near FM assesses after this many months whether to go on; no
 *                                      automatic end (UCKERMARK 4.2, 6.6: 6)
 */
public record RoutingRules(
        Set<String> marketNearCategories,
        DeadlineRule firstTalkAfterBenefitDecision,
        DeadlineRule marketNearInvitation,
        DeadlineRule marketNearFirstTalk,
        int marketNearReviewMonths) {

    public RoutingRules {
        marketNearCategories = marketNearCategories == null ? Set.of() : Set.copyOf(marketNearCategories);
    }

    public boolean marketNear(String categoryCode) {
        return categoryCode != null && marketNearCategories.contains(categoryCode);
    }
}
