package de.lotse.assessment.assessments;

import de.lotse.platform.contracts.PolicyChanged;
import de.lotse.platform.testing.TopicProbe;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.assessment.assessments.AssessmentRequests.assessment;
import static de.lotse.assessment.assessments.AssessmentRequests.need;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A case's assessment over time: versions compared as progress, category changes with their reason, the
 * resubmission and end-of-validity dates listed per month, and the scheme and age group each version is read in.
 */
@MicronautTest(transactional = false)
class AssessmentVersionsIT extends AssessmentScenario {

    @Test
    @SuppressWarnings("unchecked")
    void progressIsComparedBetweenAnyTwoVersionsAndEveryCategoryChangeIsPublished() {
        policy("UCKERMARK_CATEGORIES", false);
        UUID caseId = openCase();
        Map<String, Object> v1 =
                complete(caseId, assessment("E").needs(need("DEBT", "IDENTIFIED"), need("HOUSING", "IN_PROGRESS")));
        List<Map<String, Object>> needs1 = (List<Map<String, Object>>) v1.get("needs");
        Object debt = needs1.get(0).get("needId");
        Object housing = needs1.get(1).get("needId");

        clock.set(START.plusMonths(6));
        AssessmentRequests.Assessment second = assessment("D")
                .needs(need(debt, "DEBT", "RESOLVED"), need(housing, "HOUSING", "IN_PROGRESS"))
                .validUntil(START.plusMonths(12));
        assertThat(rules(refused(caseId, second, 422)))
                .containsExactly("CATEGORY_CHANGE_REASON_REQUIRED@categoryChangeReason");
        complete(caseId, second.categoryChange("INTEGRATION_PROGRESS", "Schuldenregulierung abgeschlossen"));

        clock.set(START.plusMonths(12));
        Map<String, Object> v3 = complete(
                caseId,
                assessment("X")
                        .needs(
                                need(debt, "DEBT", "RESOLVED"),
                                need(housing, "HOUSING", "WORKED_WITHOUT_SUCCESS"),
                                need("MENTAL_HEALTH", "IDENTIFIED"))
                        .validUntil(START.plusMonths(18))
                        .categoryChange("NEW_OR_ENTRENCHED_BARRIERS"));
        assertThat(v3).containsEntry("resubmissionOn", "2027-09-02");

        Map<String, Object> p12 = get("/api/cases/" + caseId + "/progress?from=1&to=2", fm());
        assertThat((List<Map<String, Object>>) p12.get("resolved"))
                .extracting(n -> n.get("code"))
                .containsExactly("DEBT");
        assertThat(p12).containsEntry("profileDirection", "UP").containsEntry("fromProfile", "E");
        Map<String, Object> p23 = get("/api/cases/" + caseId + "/progress?from=2&to=3", fm());
        assertThat((List<Map<String, Object>>) p23.get("worsened"))
                .extracting(n -> n.get("code"))
                .containsExactly("HOUSING");
        assertThat((List<Map<String, Object>>) p23.get("added"))
                .extracting(n -> n.get("code"))
                .containsExactly("MENTAL_HEALTH");
        assertThat(p23).containsEntry("profileDirection", "DOWN");
        Map<String, Object> p13 = get("/api/cases/" + caseId + "/progress", fm());
        assertThat(p13).containsEntry("fromVersion", 1).containsEntry("toVersion", 3);

        // both changes reach the broker, coded, in order, without the FM's note
        try (TopicProbe probe = new TopicProbe("category-changed")) {
            probe.await(r -> caseId.toString().equals(r.key()), 2, Duration.ofSeconds(30));
            // two changes and no more, the later one down
            List<ConsumerRecord<String, String>> changes = probe.drain(Duration.ofSeconds(1)).stream()
                    .filter(r -> caseId.toString().equals(r.key()))
                    .toList();
            assertThat(changes)
                    .extracting(r -> {
                        Map<String, Object> payload = payload(r.value());
                        return payload.get("fromCode") + "->" + payload.get("toCode") + ":" + payload.get("direction")
                                + ":" + payload.get("reasonCode");
                    })
                    .containsExactly("E->D:UP:INTEGRATION_PROGRESS", "D->X:DOWN:NEW_OR_ENTRENCHED_BARRIERS");
            assertThat(changes).allSatisfy(r -> assertThat(r.value()).doesNotContain("Schuldenregulierung"));
        }
    }

    @Test
    void resubmissionsOfXYZAndEndsOfValidityAreListedForTheMonth() {
        policy("UCKERMARK_CATEGORIES", false);
        UUID x = openCase();
        UUID y = openCase();
        UUID z = openCase();
        UUID d = openCase();
        complete(x, assessment("X"));
        assertThat(complete(y, assessment("Y").validUntil(START.plusMonths(12)).obstructionEndsOn("2026-11-30")))
                .containsEntry("resubmissionOn", "2026-08-30");
        complete(z, assessment("Z").resubmissionOn("2026-06-15"));
        complete(d, assessment("D").validUntil(LocalDate.of(2026, 6, 20)));
        AssessmentRequests.Assessment yTooLate = assessment("Y")
                .validUntil(START.plusMonths(12))
                .obstructionEndsOn("2026-11-30")
                .resubmissionOn("2026-09-15");
        assertThat(rules(refused(openCase(), yTooLate, 422))).containsExactly("RESUBMISSION_TOO_LATE@resubmissionOn");
        // Y without an obstructing event: after a year
        UUID yNormal = openCase();
        assertThat(complete(yNormal, assessment("Y").validUntil(START.plusMonths(12))))
                .containsEntry("resubmissionOn", "2027-03-02");
        // X and Z: a day past 6 months is too late, and nothing is written
        for (String category : List.of("X", "Z")) {
            UUID late = openCase();
            AssessmentRequests.Assessment tooLate =
                    assessment(category).validUntil(START.plusMonths(12)).resubmissionOn("2026-09-03");
            assertThat(rules(refused(late, tooLate, 422))).containsExactly("RESUBMISSION_TOO_LATE@resubmissionOn");
            assertThat(versions(late)).isEmpty();
            assertThat(outboxTypes(late)).isEmpty();
        }

        assertThat(list("/api/resubmissions?month=2026-06", fm()))
                .extracting(e -> e.get("caseId") + ":" + e.get("kind") + ":" + e.get("dueOn"))
                .containsExactly(z + ":RESUBMISSION:2026-06-15", d + ":VALIDITY_ENDS:2026-06-20");
        clock.set(LocalDate.of(2026, 9, 10));
        assertThat(list("/api/resubmissions", tl()))
                .extracting(e -> e.get("caseId") + ":" + e.get("dueOn") + ":" + e.get("overdue"))
                .contains(x + ":2026-09-02:true", y + ":2026-08-30:true", z + ":2026-06-15:true");
        assertThat(list("/api/resubmissions?month=2026-06", fm("fm-jonas"))).isEmpty();
    }

    @Test
    void anOlderPolicyVersionArrivingLateDoesNotReplaceANewerOne() {
        upstream.publishKeyed(
                jobcenter,
                jobcenter,
                new PolicyChanged(
                        3, "UCKERMARK", START, Map.of("profileScheme", "UCKERMARK_CATEGORIES"), Instant.now()));
        UUID late = upstream.publishKeyed(
                        jobcenter,
                        jobcenter,
                        new PolicyChanged(2, "TAH", START, Map.of("profileScheme", "BA_PROFILES"), Instant.now()))
                .eventId();
        // the late version 2 was consumed (only the inbox shows that an event was handled and had no effect) …
        await().atMost(Duration.ofSeconds(30)).until(() -> consumed("policy-reference", late));
        // … and left version 3 in place: an assessment is completed in its scheme, not in version 2's
        UUID caseId = openCase();
        assertThat(complete(caseId, assessment("D"))).containsEntry("scheme", "UCKERMARK_CATEGORIES");
    }

    @Test
    @SuppressWarnings("unchecked")
    void u25CasesNameTheFirstKeyGroupAsSchoolQualification() {
        Map<String, Object> u25 = get("/api/catalogue?ageGroup=U25", fm());
        Map<String, Object> ue25 = get("/api/catalogue", fm());
        assertThat(((List<Map<String, Object>>) u25.get("keyGroups")).get(0))
                .containsEntry("code", "PROFESSIONAL_COMPETENCE")
                .containsEntry("label", "Schulische Qualifikation / berufliche Kompetenz");
        assertThat(((List<Map<String, Object>>) ue25.get("keyGroups")).get(0))
                .containsEntry("code", "PROFESSIONAL_COMPETENCE")
                .containsEntry("label", "Berufliche Kompetenz");

        // the case's own age group comes with every view, so its needs are labelled by it
        UUID young = openCase("U25");
        UUID older = openCase("UE25");
        assertThat(complete(young, assessment("DEVELOPMENT").needs(need("SCHOOL_EDUCATION", "IDENTIFIED"))))
                .containsEntry("ageGroup", "U25");
        complete(older, assessment("DEVELOPMENT").needs(need("SCHOOL_EDUCATION", "IDENTIFIED")));
        assertThat(get("/api/cases/" + young + "/assessments/latest", fm())).containsEntry("ageGroup", "U25");
        assertThat(get("/api/cases/" + young + "/assessment-summary", fm("fm-jonas")))
                .containsEntry("ageGroup", "U25");
        assertThat(list("/api/cases/" + young + "/assessments", tl()))
                .extracting(v -> v.get("ageGroup"))
                .containsExactly("U25");
        assertThat(get("/api/cases/" + older + "/assessments/1", fm())).containsEntry("ageGroup", "UE25");
        assertThat(get("/api/cases/" + older + "/assessment-summary", fm("fm-jonas")))
                .containsEntry("ageGroup", "UE25");
    }
}
