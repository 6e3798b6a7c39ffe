package de.lotse.reporting.caseload.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseloadTest {
    private static final CaseloadScope JOBCENTER = new CaseloadScope("jc-1", null, null);
    private static final CaseloadScope TEAM = new CaseloadScope("jc-1", "team-1", null);
    private static final CaseloadScope OWN_LINE = new CaseloadScope("jc-1", null, "fm-anna");

    @Test
    void sortsLinesByKey() {
        Caseload caseload = new Caseload(JOBCENTER, CaseloadGrouping.TEAM, List.of(
                new CaseloadLine("team-2", 1, 1, 0, 1),
                new CaseloadLine("team-1", 3, 1, 2, 2)), new CaseloadLine(null, 4, 2, 2, 3), null);

        assertThat(caseload.lines()).extracting(CaseloadLine::key).containsExactly("team-1", "team-2");
    }

    @Test
    void casesPerCaseManagerHasOneDecimal() {
        assertThat(new CaseloadLine("team-1", 5, 2, 3, 3).casesPerCaseManager()).isEqualByComparingTo("1.7");
        assertThat(new CaseloadLine(null, 0, 0, 0, 0).casesPerCaseManager()).isEqualByComparingTo("0");
    }

    @Test
    void groupsByCaseManagerUnlessToldOtherwise() {
        assertThat(CaseloadGrouping.fromParameter(null)).contains(CaseloadGrouping.CASE_MANAGER);
        assertThat(CaseloadGrouping.fromParameter("")).contains(CaseloadGrouping.CASE_MANAGER);
        assertThat(CaseloadGrouping.fromParameter("caseManager")).contains(CaseloadGrouping.CASE_MANAGER);
        assertThat(CaseloadGrouping.fromParameter("team")).contains(CaseloadGrouping.TEAM);
    }

    @Test
    void refusesUnknownGrouping() {
        assertThat(CaseloadGrouping.fromParameter("foo")).isEmpty();
        assertThat(CaseloadGrouping.fromParameter("TEAM")).isEmpty();
    }

    @Test
    void acceptsOnlyTheContractsAgeGroupCodes() {
        assertThat(AgeGroup.fromCode("U25")).isEqualTo(AgeGroup.U25);
        assertThat(AgeGroup.fromCode("UE25")).isEqualTo(AgeGroup.UE25);
        assertThatThrownBy(() -> AgeGroup.fromCode("Ü25")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgeGroup.fromCode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesAggregatesOnlyToTheViewerOfTheWholeJobcenter() {
        assertThat(caseload(JOBCENTER).aggregatesOnly()).isTrue();
        assertThat(caseload(TEAM).aggregatesOnly()).isFalse();
        assertThat(caseload(OWN_LINE).aggregatesOnly()).isFalse();
    }

    @Test
    void withholdsEveryCountOfALineWithOneToFourOpenCasesFromManagement() {
        Caseload caseload = caseload(JOBCENTER);

        assertThat(caseload.disclosure(line(1, 1, 0))).isEqualTo(Caseload.Disclosure.NO_COUNTS);
        assertThat(caseload.disclosure(line(2, 1, 1))).isEqualTo(Caseload.Disclosure.NO_COUNTS);
        assertThat(caseload.disclosure(line(4, 0, 4))).isEqualTo(Caseload.Disclosure.NO_COUNTS);
        assertThat(caseload.disclosure(total(3, 1, 2))).as("the total line alike")
                .isEqualTo(Caseload.Disclosure.NO_COUNTS);
    }

    @Test
    void withholdsTheAgeSplitFromManagementWhenOneAgeGroupCountsOneToFour() {
        Caseload caseload = caseload(JOBCENTER);

        assertThat(caseload.disclosure(line(5, 1, 4))).isEqualTo(Caseload.Disclosure.NO_AGE_SPLIT);
        assertThat(caseload.disclosure(line(7, 2, 5))).isEqualTo(Caseload.Disclosure.NO_AGE_SPLIT);
        assertThat(caseload.disclosure(line(9, 5, 4))).as("Ü25 small").isEqualTo(Caseload.Disclosure.NO_AGE_SPLIT);
        assertThat(caseload.disclosure(line(104, 100, 4))).isEqualTo(Caseload.Disclosure.NO_AGE_SPLIT);
        assertThat(caseload.disclosure(total(12, 3, 9))).as("the total line alike")
                .isEqualTo(Caseload.Disclosure.NO_AGE_SPLIT);
    }

    @Test
    void showsManagementZeroAndFiveOrMore() {
        Caseload caseload = caseload(JOBCENTER);

        assertThat(caseload.disclosure(line(5, 0, 5))).as("no U25 identifies nobody")
                .isEqualTo(Caseload.Disclosure.ALL);
        assertThat(caseload.disclosure(line(6, 6, 0))).isEqualTo(Caseload.Disclosure.ALL);
        assertThat(caseload.disclosure(line(10, 5, 5))).isEqualTo(Caseload.Disclosure.ALL);
        assertThat(caseload.disclosure(total(0, 0, 0))).as("a Jobcenter without open cases")
                .isEqualTo(Caseload.Disclosure.ALL);
    }

    @Test
    void withholdsLimitAndUtilisationWithTheAgeSplitWhereTheLimitsDifferByAgeGroup() {
        // UCKERMARK: 75 U25, 150 Ü25 — 7 cases at 90 % would give away 2 U25
        Caseload unequal = new Caseload(JOBCENTER, CaseloadGrouping.CASE_MANAGER, List.of(), total(0, 0, 0),
                new CaseloadRatio(150, 75, null, true));
        assertThat(unequal.disclosure(line(7, 2, 5))).isEqualTo(Caseload.Disclosure.NO_AGE_SPLIT_NOR_MIX);
        assertThat(unequal.disclosure(line(10, 5, 5))).isEqualTo(Caseload.Disclosure.ALL);
        // PANKOW: 90 for both, the utilisation says nothing about the mix
        Caseload equal = new Caseload(JOBCENTER, CaseloadGrouping.CASE_MANAGER, List.of(), total(0, 0, 0),
                new CaseloadRatio(90, 90, 75, false));
        assertThat(equal.disclosure(line(7, 2, 5))).isEqualTo(Caseload.Disclosure.NO_AGE_SPLIT);
    }

    @Test
    void showsTeamLeadAndCaseManagerTheirOwnSmallCountsExactly() {
        for (CaseloadScope scope : List.of(TEAM, OWN_LINE)) {
            Caseload caseload = caseload(scope);

            assertThat(caseload.disclosure(line(1, 1, 0))).as("%s", scope).isEqualTo(Caseload.Disclosure.ALL);
            assertThat(caseload.disclosure(line(7, 2, 5))).as("%s", scope).isEqualTo(Caseload.Disclosure.ALL);
            assertThat(caseload.disclosure(total(3, 1, 2))).as("%s", scope).isEqualTo(Caseload.Disclosure.ALL);
        }
    }

    private static Caseload caseload(CaseloadScope scope) {
        return new Caseload(scope, CaseloadGrouping.CASE_MANAGER, List.of(), total(0, 0, 0), null);
    }

    private static CaseloadLine line(long openCases, long u25, long ue25) {
        return new CaseloadLine("fm-anna", openCases, u25, ue25, 1);
    }

    private static CaseloadLine total(long openCases, long u25, long ue25) {
        return new CaseloadLine(null, openCases, u25, ue25, 1);
    }
}
