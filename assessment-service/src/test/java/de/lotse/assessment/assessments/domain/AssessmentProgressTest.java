package de.lotse.assessment.assessments.domain;

import de.lotse.platform.codes.ProfileScheme;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress across an assessment's versions: the needs' statuses over three versions, and the co-rated scale compared
 * only on the dimensions rated in both.
 */
class AssessmentProgressTest extends AssessmentFixtures {
    @Test
    void progressAcrossThreeVersions() {
        AssessmentDraft first = new AssessmentDraft(
                DAY,
                DAY.plusMonths(6),
                new Occupation("Lagerhelfer/in", null),
                List.of(),
                List.of(
                        need(null, NeedCode.DEBT, NeedStatus.IDENTIFIED),
                        need(null, NeedCode.HOUSING, NeedStatus.IN_PROGRESS),
                        need(null, NeedCode.ADDICTION, NeedStatus.IDENTIFIED)),
                List.of(new Strength(StrengthKind.PERSONAL, "zuverlässig")),
                24,
                "SUPPORT",
                null,
                null,
                null,
                null,
                List.of(),
                Map.of(ProgressDimension.CONFIDENCE, new Rating(2, 1)));
        Assessment v1 = complete(null, first, ProfileScheme.BA_PROFILES, DAY);
        UUID debt = v1.needs().get(0).needId();
        UUID housing = v1.needs().get(1).needId();
        UUID addiction = v1.needs().get(2).needId();

        LocalDate six = DAY.plusMonths(6);
        AssessmentDraft second = new AssessmentDraft(
                six,
                six.plusMonths(6),
                new Occupation("Lagerhelfer/in", null),
                List.of(),
                List.of(
                        need(debt, NeedCode.DEBT, NeedStatus.RESOLVED),
                        need(housing, NeedCode.HOUSING, NeedStatus.WORKED_WITHOUT_SUCCESS),
                        need(addiction, NeedCode.ADDICTION, NeedStatus.IN_PROGRESS),
                        need(null, NeedCode.MOBILITY, NeedStatus.IDENTIFIED)),
                List.of(
                        new Strength(StrengthKind.PERSONAL, "zuverlässig"),
                        new Strength(StrengthKind.SOCIAL_NETWORK, "Unterstützung durch Schwester")),
                18,
                "STABILISATION",
                CategoryChangeReason.INTEGRATION_PROGRESS,
                null,
                null,
                null,
                List.of(),
                Map.of(ProgressDimension.CONFIDENCE, new Rating(3, 3)));
        Assessment v2 = complete(v1, second, ProfileScheme.BA_PROFILES, six);

        LocalDate twelve = DAY.plusMonths(12);
        List<AssessmentDraft.DraftNeed> needs = new ArrayList<>(List.of(
                need(debt, NeedCode.DEBT, NeedStatus.RESOLVED),
                need(housing, NeedCode.HOUSING, NeedStatus.RESOLVED),
                need(addiction, NeedCode.ADDICTION, NeedStatus.RESOLVED)));
        needs.add(need(v2.needs().get(3).needId(), NeedCode.MOBILITY, NeedStatus.RESOLVED));
        AssessmentDraft third = new AssessmentDraft(
                twelve,
                twelve.plusMonths(6),
                new Occupation("Lagerhelfer/in", null),
                List.of(),
                needs,
                second.strengths(),
                5,
                "ACTIVATION",
                CategoryChangeReason.INTEGRATION_PROGRESS,
                null,
                null,
                null,
                List.of(),
                Map.of(ProgressDimension.CONFIDENCE, new Rating(4, 4)));
        Assessment v3 = complete(v2, third, ProfileScheme.BA_PROFILES, twelve);

        Progress p12 = Progress.between(v1, v2);
        assertThat(p12.resolved()).extracting(Need::code).containsExactly(NeedCode.DEBT);
        assertThat(p12.added()).extracting(Need::code).containsExactly(NeedCode.MOBILITY);
        assertThat(p12.worsened()).extracting(Need::code).containsExactly(NeedCode.HOUSING);
        assertThat(p12.profileDirection()).isEqualTo("UP");
        assertThat(p12.strengthsGained()).extracting(Strength::kind).containsExactly(StrengthKind.SOCIAL_NETWORK);
        assertThat(p12.ratingChange()).containsEntry(ProgressDimension.CONFIDENCE, new Rating(1, 2));

        Progress p13 = Progress.between(v1, v3);
        assertThat(p13.resolved())
                .extracting(Need::code)
                .containsExactlyInAnyOrder(NeedCode.DEBT, NeedCode.HOUSING, NeedCode.ADDICTION, NeedCode.MOBILITY);
        assertThat(p13.added()).extracting(Need::code).containsExactly(NeedCode.MOBILITY);
        assertThat(p13.worsened()).isEmpty();
        assertThat(p13.fromProfile()).isEqualTo("SUPPORT");
        assertThat(p13.toProfile()).isEqualTo("ACTIVATION");
        assertThat(v3.marketNear()).isTrue();
        assertThat(v3.openNeedsByKeyGroup().values()).allMatch(count -> count == 0);
        // the need keeps the day it was identified and the day its status began
        assertThat(v3.needs().get(0).identifiedOn()).isEqualTo(DAY);
        assertThat(v3.needs().get(0).statusSince()).isEqualTo(six);
    }

    private static AssessmentDraft rated(Map<ProgressDimension, Rating> coRating) {
        return new AssessmentDraft(
                DAY,
                DAY.plusMonths(6),
                new Occupation("Fachlagerist/in", "51311"),
                List.of(),
                List.of(),
                List.of(),
                18,
                "SUPPORT",
                null,
                null,
                null,
                null,
                List.of(),
                coRating);
    }

    /**
     * docs/domain.md §5.2, §10 (DV2017 9): the co-rated scale is compared on the dimensions rated in both
     * versions — a later version that rates fewer dimensions is no decline — and two versions without a
     * dimension in common are not compared.
     */
    @Test
    void coRatedProgressComparesOnlyTheDimensionsRatedInBothVersions() {
        Assessment v1 = complete(
                null,
                rated(Map.of(
                        ProgressDimension.CONFIDENCE,
                        new Rating(2, 2),
                        ProgressDimension.DAILY_STRUCTURE,
                        new Rating(4, 4),
                        ProgressDimension.HOUSING_AND_MONEY,
                        new Rating(5, 4))),
                ProfileScheme.BA_PROFILES,
                DAY);
        // only confidence rated again, higher: the sum falls from 21 to 7, the customer has gained 2
        Assessment v2 = complete(
                v1,
                rated(Map.of(ProgressDimension.CONFIDENCE, new Rating(3, 3))),
                ProfileScheme.BA_PROFILES,
                DAY.plusMonths(3));
        assertThat(Progress.between(v1, v2).ratingChange())
                .containsOnlyKeys(ProgressDimension.CONFIDENCE)
                .containsEntry(ProgressDimension.CONFIDENCE, new Rating(1, 1));
        assertThat(CoRatingComparison.of(v1, v2)).isEqualTo(new CoRatingComparison(1, 1, 2));

        // nothing in common with the first: not compared, neither as a gain nor as a loss
        Assessment v3 = complete(
                v2,
                rated(Map.of(ProgressDimension.WORK_READINESS, new Rating(1, 1))),
                ProfileScheme.BA_PROFILES,
                DAY.plusMonths(6));
        assertThat(Progress.between(v1, v3).ratingChange()).isEmpty();
        assertThat(CoRatingComparison.of(v1, v3)).isEqualTo(new CoRatingComparison(1, 0, null));
        // the first co-rated version itself, and a version without co-rating, compare with nothing
        assertThat(CoRatingComparison.of(v1, v1)).isNull();
        assertThat(CoRatingComparison.of(
                        v1, complete(v3, rated(Map.of()), ProfileScheme.BA_PROFILES, DAY.plusMonths(9))))
                .isNull();
    }
}
