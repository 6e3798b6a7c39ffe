package de.lotse.intake.cases;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.testing.TestTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An AV, FM and TL each see only what their role, team and Jobcenter allow; every read is audited. */
@MicronautTest(transactional = false)
class CaseAccessIT extends IntakeIT {

    @Test
    void anAvSeesTheCasesTheyReferredButNotAColleagues() {
        String caseId = refer();
        assertThat(get("/api/cases/" + caseId, av())).containsEntry("status", "REFERRED");
        assertThat(rules(refused(HttpRequest.GET("/api/cases/" + caseId), av("av-other"), 403))).containsExactly("NOT_YOUR_CASE");
        assertThat(items(get("/api/cases?scope=MY_REFERRALS", av()))).extracting(c -> c.get("caseId")).containsExactly(caseId);
        assertThat(items(get("/api/cases?scope=MY_REFERRALS", av("av-other")))).isEmpty();
        refused(HttpRequest.GET("/api/cases?scope=TEAM"), av(), 403);
    }

    @Test
    void anFmDecidesOnlyTheirTeamsReferralsAndSeesOnlyTheirTeamsCases() {
        String caseId = refer();
        String otherTeam = fm("fm-selin", "team-fm-2");
        assertThat(rules(refused(HttpRequest.POST("/api/cases/" + caseId + "/admission",
                Map.of("customerWilling", true)), otherTeam, 403))).containsExactly("NOT_CASE_TEAM");
        refused(HttpRequest.GET("/api/cases/" + caseId), otherTeam, 403);
        assertThat(items(get("/api/cases?scope=AWAITING_MY_DECISION", fm()))).extracting(c -> c.get("caseId"))
                .containsExactly(caseId);
        assertThat(items(get("/api/cases?scope=AWAITING_MY_DECISION", otherTeam))).isEmpty();

        admit(caseId, fm());
        assertThat(items(get("/api/cases?scope=MY_CASELOAD", fm()))).extracting(c -> c.get("caseId")).containsExactly(caseId);
        assertThat(items(get("/api/cases?scope=MY_CASELOAD", fm("fm-jonas")))).isEmpty();
        // a colleague of the same team may read (to stand in), but not close someone else's case
        assertThat(get("/api/cases/" + caseId, fm("fm-jonas"))).containsEntry("caseManagerId", "fm-anna");
        assertThat(rules(refused(HttpRequest.POST("/api/cases/" + caseId + "/closure", Map.of("reasonCode", "DECEASED")),
                fm("fm-jonas"), 403))).containsExactly("NOT_RESPONSIBLE");
    }

    @Test
    void aTeamLeadSeesTheTeamButNotAnotherTeam() {
        String caseId = refer();
        assertThat(items(get("/api/cases?scope=TEAM", tl()))).extracting(c -> c.get("caseId")).containsExactly(caseId);
        assertThat(items(get("/api/cases?scope=TEAM", tl("tl-other", "team-fm-2")))).isEmpty();
        refused(HttpRequest.GET("/api/cases/" + caseId), tl("tl-other", "team-fm-2"), 403);
    }

    @Test
    void anotherJobcentersCaseDoesNotExistAndManagementSeesNoCustomerData() {
        String caseId = refer();
        String foreign = TestTokens.user("tl-petra", "TL").jobcenter("jc-elsewhere").team(TEAM).sign();
        assertThat(refused(HttpRequest.GET("/api/cases/" + caseId), foreign, 404)).containsEntry("type", "not-found");
        refused(HttpRequest.POST("/api/cases/" + caseId + "/closure", Map.of("reasonCode", "DECEASED")),
                TestTokens.user("fm-anna", "FM").jobcenter("jc-elsewhere").team(TEAM).sign(), 404);
        String management = TestTokens.user("mgmt-karl", "MANAGEMENT").jobcenter(jobcenter).sign();
        refused(HttpRequest.GET("/api/cases/" + caseId), management, 403);
        refused(HttpRequest.GET("/api/cases?scope=TEAM"), management, 403);
    }

    @Test
    void listsAndReadsOfCustomerDataAreAuditedPerCase() {
        String first = refer();
        String second = refer();
        get("/api/cases?scope=TEAM", tl());
        for (String caseId : List.of(first, second)) {
            assertThat(count("select count(*) from audit_log where case_id = ?::uuid and action = 'LIST' and actor = 'tl-petra'",
                    caseId)).isEqualTo(1);
        }
        client.toBlocking().retrieve(HttpRequest.GET("/api/cases/" + first + "/decisions").bearerAuth(tl()),
                io.micronaut.core.type.Argument.listOf(JSON_OBJECT));
        assertThat(count("select count(*) from audit_log where case_id = ?::uuid and resource_type = 'case-decisions'",
                first)).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.getOrDefault("items", List.of());
    }
}
