package de.lotse.reporting.caseload.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseloadTest {
    private static final CaseloadScope JOBCENTER = new CaseloadScope("jc-1", null, null);
    private static final CaseloadScope TEAM = new CaseloadScope("jc-1", "team-1", null);
    private static final CaseloadScope OWN_LINE = new CaseloadScope("jc-1", null, "fm-anna");

    @Test
    void sortsLinesByKey() {
        Caseload caseload = Caseload.exact(
                JOBCENTER,
                CaseloadGrouping.TEAM,
                List.of(new CaseloadLine("team-2", 1, 1, 0, 1), new CaseloadLine("team-1", 3, 1, 2, 2)),
                new CaseloadLine(null, 4, 2, 2, 3),
                null);

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
    void withholdsWhatTheReportingDatesFiguresWithholdLineByLine() {
        Caseload byCaseManager = new Caseload(
                JOBCENTER,
                CaseloadGrouping.CASE_MANAGER,
                List.of(),
                total(0, 0, 0),
                null,
                java.time.LocalDate.of(2026, 3, 1),
                java.time.Instant.EPOCH,
                Set.of("fm|fm-anna|O", "fm|fm-anna|U", "fm|fm-anna|E", "jc|U", "jc|E"));
        Caseload byTeam = new Caseload(
                JOBCENTER,
                CaseloadGrouping.TEAM,
                List.of(),
                total(0, 0, 0),
                null,
                null,
                null,
                Set.of("team|fm-anna|U"));

        assertThat(byCaseManager.withheld(line(3, 1, 2))).isEqualTo(new Caseload.Withheld(true, true, true));
        assertThat(byCaseManager.withheld(total(40, 3, 37))).isEqualTo(new Caseload.Withheld(false, true, true));
        assertThat(byCaseManager.withheld(new CaseloadLine("fm-bernd", 7, 2, 5, 1)))
                .isEqualTo(new Caseload.Withheld(false, false, false));
        assertThat(byTeam.withheld(line(40, 3, 37)))
                .as("a team's identifiers, not a case manager's")
                .isEqualTo(new Caseload.Withheld(false, true, false));
    }

    @Test
    void withholdsLimitAndUtilisationWithTheCountsTheyAreComputedFrom() {
        CaseloadRatio equal = new CaseloadRatio(90, 90, 75, false);
        CaseloadRatio unequal = new CaseloadRatio(150, 75, null, true);
        Caseload.Withheld ages = new Caseload.Withheld(false, true, true);
        Caseload.Withheld counts = new Caseload.Withheld(true, true, true);

        assertThat(ages.measures(equal))
                .as("equal limits: utilisation follows the open cases alone")
                .isFalse();
        assertThat(ages.measures(unequal))
                .as("unequal limits would give the mix away")
                .isTrue();
        assertThat(counts.measures(equal)).isTrue();
        assertThat(new Caseload.Withheld(false, false, false).measures(unequal)).isFalse();
    }

    @Test
    void withholdsNothingFromTheExactViews() {
        for (CaseloadScope scope : List.of(TEAM, OWN_LINE)) {
            Caseload caseload = caseload(scope);
            assertThat(caseload.withheld(line(1, 1, 0)).any()).as("%s", scope).isFalse();
            assertThat(caseload.withheld(total(3, 1, 2)).any()).as("%s", scope).isFalse();
        }
    }

    private static Caseload caseload(CaseloadScope scope) {
        return Caseload.exact(scope, CaseloadGrouping.CASE_MANAGER, List.of(), total(0, 0, 0), null);
    }

    private static CaseloadLine line(long openCases, long u25, long ue25) {
        return new CaseloadLine("fm-anna", openCases, u25, ue25, 1);
    }

    private static CaseloadLine total(long openCases, long u25, long ue25) {
        return new CaseloadLine(null, openCases, u25, ue25, 1);
    }
}
