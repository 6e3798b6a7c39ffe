package de.lotse.reporting.caseload.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseloadTest {
    private static final CaseloadScope JOBCENTER = new CaseloadScope("jc-1", null, null);

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
}
