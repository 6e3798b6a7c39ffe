package de.lotse.assessment.assessments.domain;

import de.lotse.platform.codes.ProfileScheme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile of an assessment belongs to the Jobcenter's scheme and changes only with a reason; the categories decide
 * when the case is resubmitted (X and Z within six months, Y after a year but before the obstruction ends).
 */
class ProfileAndResubmissionTest extends AssessmentFixtures {
    @Test
    void theProfileBelongsToTheJobcentersSchemeAndAChangeNeedsItsReason() {
        assertRule(
                () -> complete(null, draft(List.of(), "D"), ProfileScheme.BA_PROFILES, DAY),
                "UNKNOWN_PROFILE",
                "profileCode");
        Assessment v1 = complete(null, draft(List.of(), "E"), ProfileScheme.UCKERMARK_CATEGORIES, DAY);
        assertRule(
                () -> complete(v1, draft(List.of(), "D"), ProfileScheme.UCKERMARK_CATEGORIES, DAY.plusMonths(3)),
                "CATEGORY_CHANGE_REASON_REQUIRED",
                "categoryChangeReason");
        AssessmentDraft up = new AssessmentDraft(
                DAY.plusMonths(3),
                DAY.plusMonths(9),
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                "D",
                CategoryChangeReason.INTEGRATION_PROGRESS,
                "Schulden reguliert",
                null,
                null,
                List.of(),
                Map.of());
        Assessment v2 = complete(v1, up, ProfileScheme.UCKERMARK_CATEGORIES, DAY.plusMonths(3));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.categoryChangeReason()).isEqualTo(CategoryChangeReason.INTEGRATION_PROGRESS);
        assertThat(ProfileOrder.direction(ProfileScheme.UCKERMARK_CATEGORIES, "E", "D"))
                .isEqualTo("UP");
        assertThat(ProfileOrder.direction(ProfileScheme.UCKERMARK_CATEGORIES, "D", "X"))
                .isEqualTo("DOWN");
        assertThat(ProfileOrder.direction(ProfileScheme.UCKERMARK_CATEGORIES, "X", "Y"))
                .isEqualTo("LATERAL");
        assertThat(ProfileOrder.direction(ProfileScheme.UCKERMARK_CATEGORIES, "B", "S"))
                .isEqualTo("LATERAL");
        assertThat(ProfileOrder.direction(ProfileScheme.BA_PROFILES, "SUPPORT", "PROMOTION"))
                .isEqualTo("UP");
    }

    @Test
    void xAndZAreResubmittedWithinSixMonths() {
        for (String code : List.of("X", "Z")) {
            Assessment a = complete(null, draft(List.of(), code), ProfileScheme.UCKERMARK_CATEGORIES, DAY);
            assertThat(a.resubmissionOn()).isEqualTo(DAY.plusMonths(6));
            AssessmentDraft late = new AssessmentDraft(
                    DAY,
                    DAY.plusMonths(6),
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    code,
                    null,
                    null,
                    DAY.plusMonths(6).plusDays(1),
                    null,
                    List.of(),
                    Map.of());
            assertRule(
                    () -> complete(null, late, ProfileScheme.UCKERMARK_CATEGORIES, DAY),
                    "RESUBMISSION_TOO_LATE",
                    "resubmissionOn");
        }
    }

    @Test
    void yIsResubmittedAfterAYearButThreeMonthsBeforeTheObstructionEnds() {
        Assessment normal = complete(null, draft(List.of(), "Y"), ProfileScheme.UCKERMARK_CATEGORIES, DAY);
        assertThat(normal.resubmissionOn()).isEqualTo(DAY.plusYears(1));
        AssessmentDraft parentalLeave = new AssessmentDraft(
                DAY,
                DAY.plusMonths(12),
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                "Y",
                null,
                null,
                null,
                DAY.plusMonths(8),
                List.of(),
                Map.of());
        assertThat(complete(null, parentalLeave, ProfileScheme.UCKERMARK_CATEGORIES, DAY)
                        .resubmissionOn())
                .isEqualTo(DAY.plusMonths(5));
        AssessmentDraft tooLate = new AssessmentDraft(
                DAY,
                DAY.plusMonths(12),
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                "Y",
                null,
                null,
                DAY.plusMonths(6),
                DAY.plusMonths(8),
                List.of(),
                Map.of());
        assertRule(
                () -> complete(null, tooLate, ProfileScheme.UCKERMARK_CATEGORIES, DAY),
                "RESUBMISSION_TOO_LATE",
                "resubmissionOn");
        AssessmentDraft categoryD = new AssessmentDraft(
                DAY,
                DAY.plusMonths(6),
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                "D",
                null,
                null,
                DAY.plusMonths(2),
                null,
                List.of(),
                Map.of());
        assertRule(
                () -> complete(null, categoryD, ProfileScheme.UCKERMARK_CATEGORIES, DAY),
                "RESUBMISSION_ONLY_FOR_X_Y_Z",
                "resubmissionOn");
    }
}
