package de.lotse.platform.kernel.caseaccess;

import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/domain.md §7, §12 (TAH 4.9): protected content of a case — health-related needs, FM-individual notes, free
 * texts — is for the responsible FM, the team lead of the case's team and the deputy on the days of the stand-in,
 * the deputy only with the customer's agreement where the policy asks for it.
 */
class CaseAccessTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static CaseReference caseOf(String fm, String team, String deputy, Boolean customerAgreed) {
        return new CaseReference(
                UUID.randomUUID(),
                "jc-1",
                null,
                team,
                fm,
                "UE25",
                1,
                MONDAY.minusMonths(1),
                deputy,
                deputy == null ? null : MONDAY,
                deputy == null ? null : MONDAY.plusDays(4),
                customerAgreed,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static CurrentUser user(String subject, String role, String team) {
        return new CurrentUser(subject, Set.of(role), "jc-1", team, null, null);
    }

    @Test
    void theResponsibleCaseManagerAndTheTeamLeadReadProtectedContent() {
        CaseReference c = caseOf("fm-anna", "team-1", null, null);

        assertThat(CaseAccess.mayReadProtected(user("fm-anna", Roles.FM, "team-1"), c, MONDAY, true))
                .isTrue();
        assertThat(CaseAccess.mayReadProtected(user("tl-tom", Roles.TL, "team-1"), c, MONDAY, true))
                .isTrue();
    }

    @Test
    void aColleagueOfTheTeamAndATeamLeadOfAnotherTeamDoNot() {
        CaseReference c = caseOf("fm-anna", "team-1", null, null);

        assertThat(CaseAccess.mayReadProtected(user("fm-ben", Roles.FM, "team-1"), c, MONDAY, false))
                .isFalse();
        assertThat(CaseAccess.mayReadProtected(user("tl-ute", Roles.TL, "team-2"), c, MONDAY, false))
                .isFalse();
    }

    @Test
    void theDeputyReadsOnlyOnTheDaysOfTheStandIn() {
        CaseReference c = caseOf("fm-anna", "team-1", "fm-ben", true);
        CurrentUser deputy = user("fm-ben", Roles.FM, "team-1");

        assertThat(CaseAccess.mayReadProtected(deputy, c, MONDAY, true)).isTrue();
        assertThat(CaseAccess.mayReadProtected(deputy, c, MONDAY.plusDays(4), true))
                .isTrue();
        assertThat(CaseAccess.mayReadProtected(deputy, c, MONDAY.minusDays(1), true))
                .isFalse();
        assertThat(CaseAccess.mayReadProtected(deputy, c, MONDAY.plusDays(5), true))
                .isFalse();
    }

    @Test
    void whereThePolicyAsksForItTheDeputyNeedsTheCustomersAgreement_TAH_4_9() {
        CurrentUser deputy = user("fm-ben", Roles.FM, "team-1");
        CaseReference withoutAgreement = caseOf("fm-anna", "team-1", "fm-ben", false);
        CaseReference agreementNotRecorded = caseOf("fm-anna", "team-1", "fm-ben", null);

        assertThat(CaseAccess.mayReadProtected(deputy, withoutAgreement, MONDAY, true))
                .isFalse();
        assertThat(CaseAccess.mayReadProtected(deputy, agreementNotRecorded, MONDAY, true))
                .isFalse();
        assertThat(CaseAccess.mayReadProtected(deputy, withoutAgreement, MONDAY, false))
                .isTrue();
    }
}
