package de.lotse.assessment.assessments;

import de.lotse.platform.testing.ControlCharacterProbe;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.assessment.assessments.AssessmentRequests.assessment;
import static de.lotse.assessment.assessments.AssessmentRequests.need;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What completing an assessment refuses, naming the field, before anything is written: unlinked needs, unknown
 * codes, out-of-range ratings, control characters, a validity period outside (assessment day, 24 months], unknown
 * household members, and any new version of a closed case.
 */
@MicronautTest(transactional = false)
class AssessmentInputIT extends AssessmentScenario {

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        UUID caseId = openCase();
        assertThat(rules(refused(
                        caseId,
                        assessment("SUPPORT").needs(need("DEBT", "IDENTIFIED").unlinked()),
                        422)))
                .containsExactly("NEED_WITHOUT_LINK@needs[0].linkReason");
        assertThat(rules(refused(caseId, assessment("SUPPORT").needs(need("ASTROLOGY", "IDENTIFIED")), 400)))
                .containsExactly("type@needs.code");
        assertThat(refused(caseId, assessment("SUPPORT").coRating("CONFIDENCE", 7, 3), 400)
                        .toString())
                .contains("coRating");
        assertThat(versions(caseId)).isEmpty();
    }

    @Test
    void aClosedCaseGetsNoNewVersion() {
        UUID caseId = openCase();
        closeCase(caseId);
        assertThat(rules(refused(caseId, assessment("SUPPORT"), 409))).containsExactly("CASE_CLOSED@null");
    }

    @Test
    void aNulInTheTargetOccupationOrANeedDescriptionIsRefusedBeforeAnythingIsWritten() {
        UUID caseId = openCase();
        AssessmentRequests.Assessment body = assessment("SUPPORT")
                .needs(need("DEBT", "IDENTIFIED").description("Schulden\u0000beratung"))
                .targetOccupation("Fachlager\u0000ist/in")
                .categoryChangeNote("Zeile 1\nZeile 2");
        ControlCharacterProbe.assertRefused(
                refused(caseId, body, 400), "targetOccupation.title", "needs[0].description");
        assertThat(client.toBlocking()
                        .retrieve(HttpRequest.GET("/api/cases/" + caseId + "/assessments")
                                .bearerAuth(fm())))
                .isEqualTo("[]");
        assertThat(outboxTypes(caseId)).isEmpty();

        // a title is one line; the need's description may span lines
        body.targetOccupation("Fachlagerist/in\n(Teilzeit)")
                .needs(need("DEBT", "IDENTIFIED").description("Schulden:\n- Miete\n- Strom"));
        ControlCharacterProbe.assertRefused(refused(caseId, body, 400), "targetOccupation.title");
        body.targetOccupation("Fachlagerist/in (Teilzeit)");
        assertThat(complete(caseId, body)).containsEntry("version", 1);
        assertThat(get("/api/cases/" + caseId + "/assessments/latest", fm()).toString())
                .contains("Schulden:\n- Miete\n- Strom");
    }

    @Test
    void theValidityPeriodEndsAfterTheAssessmentAndAtMost24MonthsLater() {
        UUID caseId = openCase();
        assertThat(rules(refused(caseId, assessment("SUPPORT").withoutValidUntil(), 400)))
                .singleElement()
                .asString()
                .endsWith("@validUntil");
        for (LocalDate validUntil :
                List.of(START, START.minusDays(1), START.plusMonths(24).plusDays(1))) {
            assertThat(rules(refused(caseId, assessment("SUPPORT").validUntil(validUntil), 422)))
                    .containsExactly("VALIDITY_PERIOD@validUntil");
        }
        assertThat(versions(caseId)).isEmpty();
        assertThat(outboxTypes(caseId)).isEmpty();

        assertThat(complete(caseId, assessment("SUPPORT").validUntil(START.plusMonths(24))))
                .containsEntry("validUntil", "2028-03-02");
    }

    @Test
    void householdMembersAssessmentsAreReferencedNotCopied() {
        UUID mother = openCase();
        UUID son = openCase();
        complete(son, assessment("DEVELOPMENT").needs(need("VOCATIONAL_TRAINING", "IDENTIFIED")));
        AssessmentRequests.Assessment withHousehold =
                assessment("SUPPORT").needs(need("CHILDCARE", "IDENTIFIED")).household(son);
        Map<String, Object> completed = complete(mother, withHousehold);
        assertThat(completed).containsEntry("householdCaseIds", List.of(son.toString()));
        assertThat(completed.toString()).doesNotContain("VOCATIONAL_TRAINING");
        assertThat(rules(refused(openCase(), withHousehold.household(UUID.randomUUID()), 422)))
                .containsExactly("UNKNOWN_HOUSEHOLD_CASE@householdCaseIds");
    }
}
