package de.lotse.reporting.caseload.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseloadRatioTest {
    /** PANKOW 6: 90 per full-time FM, U25 and Ü25 alike, not below 1:75. */
    private static final CaseloadRatio PANKOW = new CaseloadRatio(90, 90, 75, false);
    /** UCKERMARK 2.2 / 2.3: 150 Ü25 or 75 U25, no minimum. */
    private static final CaseloadRatio UCKERMARK = new CaseloadRatio(150, 75, null, true);

    private static CaseloadLine caseManager(long u25, long ue25) {
        return new CaseloadLine("fm-1", u25 + ue25, u25, ue25, 1);
    }

    private static CaseloadLine team(long u25, long ue25, long caseManagers) {
        return new CaseloadLine("team-1", u25 + ue25, u25, ue25, caseManagers);
    }

    @Test
    void caseManagerAbovePankowLimitIsOver() {
        assertThat(PANKOW.assess(caseManager(0, 91))).isEqualTo(new Utilisation(90, 101, RatioStatus.OVER));
    }

    @Test
    void caseManagerExactlyAtPankowLimitIsWithin() {
        assertThat(PANKOW.assess(caseManager(30, 60))).isEqualTo(new Utilisation(90, 100, RatioStatus.WITHIN));
    }

    @Test
    void caseManagerAtPankowMinimumIsWithinAndOneBelowIsUnder() {
        assertThat(PANKOW.assess(caseManager(0, 75))).isEqualTo(new Utilisation(90, 83, RatioStatus.WITHIN));
        assertThat(PANKOW.assess(caseManager(10, 64))).isEqualTo(new Utilisation(90, 82, RatioStatus.UNDER));
    }

    @Test
    void statusIsDecidedOnTheExactValueNotTheRoundedPercent() {
        // 1001 Ü25 of 1000: 100.1 % shows as 100, but is over the limit
        assertThat(new CaseloadRatio(1000, null, null, false).assess(caseManager(0, 1001)))
                .isEqualTo(new Utilisation(1000, 100, RatioStatus.OVER));
    }

    @Test
    void pureCaseloadGetsThatAgeGroupsLimit() {
        assertThat(UCKERMARK.assess(caseManager(75, 0))).isEqualTo(new Utilisation(75, 100, RatioStatus.WITHIN));
        assertThat(UCKERMARK.assess(caseManager(0, 150))).isEqualTo(new Utilisation(150, 100, RatioStatus.WITHIN));
    }

    @Test
    void mixedCaseloadAddsTheCapacitySharesOfBothAgeGroups() {
        // 50/75 + 60/150 = 0.667 + 0.4 = 1.067: over, although 110 cases are below the Ü25 limit of 150
        Utilisation mixed = UCKERMARK.assess(caseManager(50, 60));

        assertThat(mixed.status()).isEqualTo(RatioStatus.OVER);
        assertThat(mixed.percent()).isEqualTo(107);
        // 110 cases at this mix fill 1.067 posts: one post holds 110 / 1.067 = 103.1
        assertThat(mixed.limit()).isEqualTo(103);
    }

    @Test
    void mixedCaseloadBelowCapacityIsWithinWithoutMinimum() {
        // 30/75 + 60/150 = 0.8
        assertThat(UCKERMARK.assess(caseManager(30, 60))).isEqualTo(new Utilisation(113, 80, RatioStatus.WITHIN));
        assertThat(UCKERMARK.assess(caseManager(0, 1))).isEqualTo(new Utilisation(150, 1, RatioStatus.WITHIN));
    }

    @Test
    void minimumScalesWithTheMixAgainstTheUe25Limit() {
        // minimum 100 at the Ü25 limit 150, i.e. 2/3 of a post; for pure U25 (limit 75) that is 50 cases
        CaseloadRatio ratio = new CaseloadRatio(150, 75, 100, false);

        assertThat(ratio.assess(caseManager(0, 100)).status()).isEqualTo(RatioStatus.WITHIN);
        assertThat(ratio.assess(caseManager(0, 99)).status()).isEqualTo(RatioStatus.UNDER);
        assertThat(ratio.assess(caseManager(50, 0)).status()).isEqualTo(RatioStatus.WITHIN);
        assertThat(ratio.assess(caseManager(49, 0)).status()).isEqualTo(RatioStatus.UNDER);
        // 25/75 + 50/150 = 2/3: exactly at the minimum with 75 cases
        assertThat(ratio.assess(caseManager(25, 50)).status()).isEqualTo(RatioStatus.WITHIN);
    }

    @Test
    void teamUtilisationIsTheAverageShareOfItsCaseManagers() {
        // two FMs: 95 and 85 Ü25 = 180 cases, 90 per FM: exactly full on average
        assertThat(PANKOW.assess(team(0, 180, 2))).isEqualTo(new Utilisation(90, 100, RatioStatus.WITHIN));
        assertThat(PANKOW.assess(team(0, 181, 2))).isEqualTo(new Utilisation(90, 101, RatioStatus.OVER));
        assertThat(PANKOW.assess(team(20, 120, 2))).isEqualTo(new Utilisation(90, 78, RatioStatus.UNDER));
        assertThat(team(20, 120, 2).casesPerCaseManager()).isEqualByComparingTo(new BigDecimal("70.0"));
    }

    @Test
    void teamLimitIsPerCaseManagerAtTheTeamsMix() {
        // 3 FMs, 75 U25 and 150 Ü25: 1 + 1 = 2 posts' worth on 3 FMs = 67 %; 225 cases / 2 = 112.5 per post
        Utilisation team = UCKERMARK.assess(team(75, 150, 3));

        assertThat(team).isEqualTo(new Utilisation(113, 67, RatioStatus.WITHIN));
    }

    @Test
    void ageGroupWithoutLimitTakesNoShare() {
        CaseloadRatio onlyUe25 = new CaseloadRatio(90, null, null, false);

        // the U25 cases are not limited: 45/90 = 50 %; at this mix one post holds 90 Ü25 plus 90 U25
        assertThat(onlyUe25.assess(caseManager(45, 45))).isEqualTo(new Utilisation(180, 50, RatioStatus.WITHIN));
        assertThat(onlyUe25.assess(caseManager(0, 91)).status()).isEqualTo(RatioStatus.OVER);
    }

    @Test
    void caseloadOfOnlyUnlimitedCasesHasNothingToMeasure() {
        CaseloadRatio onlyUe25 = new CaseloadRatio(90, null, 75, false);

        assertThat(onlyUe25.assess(caseManager(40, 0))).isEqualTo(Utilisation.none());
    }

    @Test
    void lineWithoutCaseManagersHasNothingToMeasure() {
        assertThat(PANKOW.assess(new CaseloadLine(null, 0, 0, 0, 0))).isEqualTo(Utilisation.none());
    }

    @Test
    void policyWithoutAnyLimitHasNoRatio() {
        assertThat(CaseloadRatio.of(null, null, 75, false)).isEmpty();
        assertThat(CaseloadRatio.of(90, null, null, false)).contains(new CaseloadRatio(90, null, null, false));
    }

    @Test
    void caseloadWithoutRatioRatesEveryLineNone() {
        CaseloadLine line = caseManager(1, 200);
        Caseload caseload = Caseload.exact(
                new CaseloadScope("jc-1", null, null), CaseloadGrouping.CASE_MANAGER, List.of(line), line, null);

        assertThat(caseload.utilisation(line)).isEqualTo(Utilisation.none());
    }

    @Test
    void refusesLimitsThatCannotBeMeasuredAgainst() {
        assertThatThrownBy(() -> new CaseloadRatio(0, 90, null, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseloadRatio(null, null, null, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
