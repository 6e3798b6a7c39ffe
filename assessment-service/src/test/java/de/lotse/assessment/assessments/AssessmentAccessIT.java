package de.lotse.assessment.assessments;

import de.lotse.platform.testing.TestTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.assessment.assessments.AssessmentRequests.assessment;
import static de.lotse.assessment.assessments.AssessmentRequests.need;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads what of an assessment: the responsible FM and the TL read it in full, a colleague only the summary
 * without health-related needs (not even counted), a deputy only with the customer's agreement where the policy
 * asks for it, other teams, Jobcenters and roles nothing; every read of protected content and every refusal is
 * audited.
 */
@MicronautTest(transactional = false)
class AssessmentAccessIT extends AssessmentScenario {

    @Test
    @SuppressWarnings("unchecked")
    void anotherFmCannotReadProtectedNeedsTheTeamLeadCanAndEveryReadIsAudited() {
        UUID caseId = openCase();
        complete(caseId, assessment("SUPPORT").needs(need("ADDICTION", "IDENTIFIED"), need("DEBT", "IDENTIFIED")));
        Map<String, Object> refused = problem(
                HttpRequest.GET("/api/cases/" + caseId + "/assessments/latest").bearerAuth(fm("fm-jonas")), 403);
        assertThat(rules(refused)).containsExactly("PROTECTED_ASSESSMENT@null");
        problem(HttpRequest.GET("/api/cases/" + caseId + "/progress").bearerAuth(fm("fm-jonas")), 403);
        problem(HttpRequest.GET("/api/cases/" + caseId + "/assessments").bearerAuth(fm("fm-jonas")), 403);

        Map<String, Object> full = get("/api/cases/" + caseId + "/assessments/latest", tl());
        assertThat((List<Map<String, Object>>) full.get("needs"))
                .extracting(n -> n.get("code"))
                .containsExactly("ADDICTION", "DEBT");
        assertThat(audits(caseId, "tl-petra", "READ")).isEqualTo(1);
        // the refused attempts are on record (the 403 did not roll them back), and nothing was read
        assertThat(refusals(caseId, "fm-jonas", "assessment", "assessment-progress", "assessment-history"))
                .isEqualTo(3);
        assertThat(auditsOtherThanDenied(caseId, "fm-jonas")).isZero();

        // the colleague sees the summary without the health-related need and without any text
        Map<String, Object> summary = get("/api/cases/" + caseId + "/assessment-summary", fm("fm-jonas"));
        assertThat(summary).containsEntry("protectedContentHidden", true);
        assertThat((List<Map<String, Object>>) summary.get("needs"))
                .extracting(n -> n.get("code"))
                .containsExactly("DEBT");
        assertThat(summary.toString()).doesNotContain("Beschreibung", "ADDICTION");
        assertThat(auditsOtherThanDenied(caseId, "fm-jonas")).isZero();
        // another team or Jobcenter: nothing
        problem(
                HttpRequest.GET("/api/cases/" + caseId + "/assessment-summary")
                        .bearerAuth(TestTokens.user("fm-x", "FM")
                                .jobcenter(jobcenter)
                                .team("team-9")
                                .sign()),
                403);
        problem(
                HttpRequest.GET("/api/cases/" + caseId + "/assessments/latest")
                        .bearerAuth(TestTokens.user("fm-anna", "FM")
                                .jobcenter("jc-elsewhere")
                                .team("team-1")
                                .sign()),
                404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryHidesAHealthNeedFromTheColleagueEvenInTheCountsAndIsAuditedWhereItShowsOne() {
        UUID caseId = openCase();
        complete(
                caseId,
                assessment("SUPPORT")
                        .needs(
                                need("ADDICTION", "IDENTIFIED"),
                                need("DEBT", "IDENTIFIED"),
                                need("PHYSICAL_HEALTH", "RESOLVED")));

        // the colleague: no health-related need, neither listed nor counted (open or resolved)
        Map<String, Object> hidden = get("/api/cases/" + caseId + "/assessment-summary", fm("fm-jonas"));
        assertThat(hidden).containsEntry("protectedContentHidden", true);
        assertThat((List<Map<String, Object>>) hidden.get("needs"))
                .extracting(n -> n.get("code"))
                .containsExactly("DEBT");
        Map<String, Map<String, Object>> hiddenCounts =
                (Map<String, Map<String, Object>>) hidden.get("openNeedsByKeyGroup");
        assertThat(hiddenCounts.get("PERFORMANCE_CAPACITY"))
                .containsEntry("open", 0)
                .containsEntry("resolved", 0);
        assertThat(hiddenCounts.get("LIVING_CONDITIONS"))
                .containsEntry("open", 1)
                .containsEntry("resolved", 0);
        assertThat(audits(caseId, "fm-jonas")).isZero();

        // the responsible FM and the TL: all of it, and the read of the health-related need is on record
        for (String token : List.of(fm(), tl())) {
            Map<String, Object> shown = get("/api/cases/" + caseId + "/assessment-summary", token);
            assertThat(shown).containsEntry("protectedContentHidden", false);
            assertThat((List<Map<String, Object>>) shown.get("needs"))
                    .extracting(n -> n.get("code"))
                    .containsExactly("ADDICTION", "DEBT", "PHYSICAL_HEALTH");
            Map<String, Map<String, Object>> counts =
                    (Map<String, Map<String, Object>>) shown.get("openNeedsByKeyGroup");
            assertThat(counts.get("PERFORMANCE_CAPACITY"))
                    .containsEntry("open", 1)
                    .containsEntry("resolved", 1);
        }
        assertThat(reads(caseId, "assessment-summary", "fm-anna") + reads(caseId, "assessment-summary", "tl-petra"))
                .isEqualTo(2);
    }

    @Test
    void aDeputyReadsProtectedContentOnlyWithTheCustomersAgreementWhereThePolicyAsks() {
        policy("BA_PROFILES", true);
        UUID caseId = openCase();
        complete(caseId, assessment("SUPPORT").needs(need("MENTAL_HEALTH", "IDENTIFIED")));
        deputy(caseId, false, Instant.parse("2026-03-02T10:00:00Z"));
        problem(HttpRequest.GET("/api/cases/" + caseId + "/assessments/latest").bearerAuth(fm("fm-jonas")), 403);
        deputy(caseId, true, Instant.parse("2026-03-02T11:00:00Z"));
        assertThat(get("/api/cases/" + caseId + "/assessments/latest", fm("fm-jonas")))
                .containsEntry("version", 1);
        clock.set(START.plusDays(30));
        problem(HttpRequest.GET("/api/cases/" + caseId + "/assessments/latest").bearerAuth(fm("fm-jonas")), 403);
    }

    @Test
    void withoutATokenOrWithTheWrongRoleNothingIsShown() {
        UUID caseId = openCase();
        try {
            client.toBlocking().retrieve(HttpRequest.GET("/api/cases/" + caseId + "/assessments/latest"));
            throw new AssertionError("no token accepted");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(401);
        }
        problem(
                HttpRequest.GET("/api/cases/" + caseId + "/assessments/latest")
                        .bearerAuth(TestTokens.user("mgmt", "MANAGEMENT")
                                .jobcenter(jobcenter)
                                .sign()),
                403);
        problem(
                HttpRequest.POST(
                                "/api/cases/" + caseId + "/assessments",
                                assessment("SUPPORT").body())
                        .bearerAuth(TestTokens.user("av-bernd", "AV")
                                .jobcenter(jobcenter)
                                .sign()),
                403);
    }
}
