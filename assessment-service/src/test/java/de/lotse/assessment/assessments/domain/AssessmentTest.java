package de.lotse.assessment.assessments.domain;

import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.codes.ProfileScheme;
import de.lotse.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The assessment rules of issue 4, without any framework. */
class AssessmentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final UUID CASE = UUID.randomUUID();

    private static AssessmentDraft.DraftNeed need(UUID id, NeedCode code, NeedStatus status) {
        return new AssessmentDraft.DraftNeed(
                id, code, "Beschreibung", status, Priority.MEDIUM, false, null, true, null);
    }

    private static AssessmentDraft draft(List<AssessmentDraft.DraftNeed> needs, String profile) {
        return new AssessmentDraft(
                DAY,
                DAY.plusMonths(6),
                new Occupation("Fachlagerist/in", "51311"),
                List.of(),
                needs,
                List.of(new Strength(StrengthKind.PERSONAL, "zuverlässig")),
                18,
                profile,
                null,
                null,
                null,
                null,
                List.of(),
                Map.of());
    }

    private static Assessment complete(
            Assessment previous, AssessmentDraft draft, ProfileScheme scheme, LocalDate today) {
        return Assessment.complete(
                UUID.randomUUID(), CASE, "jc", previous, draft, scheme, Set.of(), "fm-1", today, Instant.now());
    }

    private static void assertRule(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).broken()).anySatisfy(b -> {
                    assertThat(b.rule()).isEqualTo(rule);
                    assertThat(b.field()).isEqualTo(field);
                }));
    }

    @Test
    void countsOpenNeedsPerKeyGroupAndDerivesMarketNearness() {
        Assessment a = complete(
                null,
                draft(
                        List.of(
                                need(null, NeedCode.MENTAL_HEALTH, NeedStatus.IDENTIFIED),
                                need(null, NeedCode.RESILIENCE, NeedStatus.IN_PROGRESS),
                                need(null, NeedCode.DEBT, NeedStatus.IDENTIFIED),
                                need(null, NeedCode.MOTIVATION, NeedStatus.RESOLVED)),
                        "STABILISATION"),
                ProfileScheme.BA_PROFILES,
                DAY);
        assertThat(a.version()).isEqualTo(1);
        assertThat(a.openNeedsByKeyGroup())
                .containsEntry(KeyGroup.PERFORMANCE_CAPACITY, 2)
                .containsEntry(KeyGroup.LIVING_CONDITIONS, 1)
                .containsEntry(KeyGroup.MOTIVATION, 0);
        assertThat(a.marketNear()).isFalse();
        assertThat(a.hasProtectedNeeds()).isTrue();
        assertThat(NeedCode.MENTAL_HEALTH.publicCode()).isEqualTo("HEALTH_RELATED");
        assertThat(NeedCode.DEBT.publicCode()).isEqualTo("DEBT");
    }

    @Test
    void noHealthRelatedCodeIsEverPublishedByItsName() {
        // events carry publicCode(): every health-related code hides behind HEALTH_RELATED, the others keep theirs
        for (NeedCode code : NeedCode.values()) {
            assertThat(code.publicCode()).isEqualTo(code.healthRelated() ? NeedCode.PROTECTED_CODE : code.name());
        }
        assertThat(java.util.Arrays.stream(NeedCode.values()).filter(NeedCode::healthRelated))
                .containsExactlyInAnyOrder(NeedCode.PHYSICAL_HEALTH, NeedCode.MENTAL_HEALTH, NeedCode.ADDICTION);
    }

    @Test
    void aNeedStandsInTheWayOfTheTargetOccupationOrHasAReason() {
        AssessmentDraft.DraftNeed unlinked = new AssessmentDraft.DraftNeed(
                null, NeedCode.DEBT, "Schulden", NeedStatus.IDENTIFIED, Priority.HIGH, false, null, false, null);
        assertRule(
                () -> complete(null, draft(List.of(unlinked), "SUPPORT"), ProfileScheme.BA_PROFILES, DAY),
                "NEED_WITHOUT_LINK",
                "needs[0].linkReason");
        AssessmentDraft.DraftNeed reasoned = new AssessmentDraft.DraftNeed(
                null,
                NeedCode.DEBT,
                "Schulden",
                NeedStatus.IDENTIFIED,
                Priority.HIGH,
                false,
                null,
                false,
                "Pfändung gefährdet jede Arbeitsaufnahme");
        assertThat(complete(null, draft(List.of(reasoned), "SUPPORT"), ProfileScheme.BA_PROFILES, DAY)
                        .needs())
                .hasSize(1);
        AssessmentDraft withoutTarget = new AssessmentDraft(
                DAY,
                DAY.plusMonths(6),
                null,
                List.of(),
                List.of(need(null, NeedCode.DEBT, NeedStatus.IDENTIFIED)),
                List.of(),
                18,
                "SUPPORT",
                null,
                null,
                null,
                null,
                List.of(),
                Map.of());
        assertRule(
                () -> complete(null, withoutTarget, ProfileScheme.BA_PROFILES, DAY),
                "TARGET_OCCUPATION_REQUIRED",
                "targetOccupation");
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
    void aNeedDoesNotDisappearAndKeepsItsIdAndCode() {
        Assessment v1 = complete(
                null,
                draft(List.of(need(null, NeedCode.DEBT, NeedStatus.IDENTIFIED)), "SUPPORT"),
                ProfileScheme.BA_PROFILES,
                DAY);
        UUID debt = v1.needs().get(0).needId();
        assertRule(
                () -> complete(v1, draft(List.of(), "SUPPORT"), ProfileScheme.BA_PROFILES, DAY),
                "NEED_MISSING",
                "needs");
        assertRule(
                () -> complete(
                        v1,
                        draft(List.of(need(UUID.randomUUID(), NeedCode.DEBT, NeedStatus.RESOLVED)), "SUPPORT"),
                        ProfileScheme.BA_PROFILES,
                        DAY),
                "UNKNOWN_NEED",
                "needs[0].needId");
        assertRule(
                () -> complete(
                        v1,
                        draft(List.of(need(debt, NeedCode.HOUSING, NeedStatus.RESOLVED)), "SUPPORT"),
                        ProfileScheme.BA_PROFILES,
                        DAY),
                "NEED_CODE_CHANGED",
                "needs[0].code");
    }

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
