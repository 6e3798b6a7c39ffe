package de.lotse.intake.policy.domain;

import de.lotse.intake.customers.domain.AgeGroup;

/**
 * Betreuungsschlüssel: customers per full-time case manager (docs/domain.md §11).
 *
 * @param maxUe25                    upper limit for Ü25 case managers (PANKOW 90, UCKERMARK 150, TAH 75)
 * @param maxU25                     upper limit for U25 case managers (UCKERMARK and TAH 75)
 * @param targetMin                  the caseload should not fall below this (PANKOW: 1:75 "nicht unterschreiten")
 * @param includesLeadsAndAssistants the Jobcenter counts leads and assistants into the ratio (UCKERMARK 2.2)
 */
public record CaseloadRatio(Integer maxUe25, Integer maxU25, Integer targetMin, boolean includesLeadsAndAssistants) {

    /** The limit for a case of this age group; {@code null} when the policy sets none. */
    public Integer limitFor(AgeGroup ageGroup) {
        return ageGroup == AgeGroup.U25 ? maxU25 : maxUe25;
    }
}
