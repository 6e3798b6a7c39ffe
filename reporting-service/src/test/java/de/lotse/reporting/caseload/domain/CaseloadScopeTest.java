package de.lotse.reporting.caseload.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CaseloadScopeTest {

    @Test
    void managementSeesTheWholeJobcenter() {
        assertThat(CaseloadScope.forViewer("jc-1", Set.of("MANAGEMENT"), "mgmt-1", "team-1"))
                .contains(new CaseloadScope("jc-1", null, null));
    }

    @Test
    void teamLeadSeesOnlyOwnTeam() {
        assertThat(CaseloadScope.forViewer("jc-1", Set.of("TL"), "tl-1", "team-2"))
                .contains(new CaseloadScope("jc-1", "team-2", null));
    }

    @Test
    void teamLeadWithoutTeamClaimSeesNothing() {
        assertThat(CaseloadScope.forViewer("jc-1", Set.of("TL"), "tl-1", null)).isEmpty();
        assertThat(CaseloadScope.forViewer("jc-1", Set.of("TL"), "tl-1", " ")).isEmpty();
    }

    @Test
    void caseManagerSeesOnlyOwnCasesEvenWithTeamClaim() {
        assertThat(CaseloadScope.forViewer("jc-1", Set.of("FM"), "fm-anna", "team-1"))
                .contains(new CaseloadScope("jc-1", null, "fm-anna"));
    }

    @Test
    void widestRoleWinsForUserWithSeveralRoles() {
        assertThat(CaseloadScope.forViewer("jc-1", Set.of("FM", "TL"), "tl-fm", "team-1"))
                .contains(new CaseloadScope("jc-1", "team-1", null));
        assertThat(CaseloadScope.forViewer("jc-1", Set.of("TL", "MANAGEMENT"), "boss", "team-1"))
                .contains(new CaseloadScope("jc-1", null, null));
    }

    @Test
    void otherRolesSeeNothing() {
        assertThat(CaseloadScope.forViewer("jc-1", Set.of("AV"), "av-1", "team-1"))
                .isEmpty();
        assertThat(CaseloadScope.forViewer("jc-1", Set.of("PARTNER", "ADMIN"), "p-1", null))
                .isEmpty();
    }
}
