package de.lotse.assessment.assessments.domain;

import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.codes.ProfileScheme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The needs of an assessment (issue 4): counted per key group with the market nearness derived from them, linked to
 * the target occupation or given a reason, never lost between versions, and a health-related code never published
 * by its name.
 */
class AssessmentTest extends AssessmentFixtures {
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
    void anImportNamesItsNewNeedsAndAGivenNeedIdMustStillBeOneOfThePreviousVersion() {
        UUID debt = UUID.randomUUID();
        UUID housing = UUID.randomUUID();
        List<UUID> imported = List.of(debt, housing);
        Assessment first = Assessment.complete(
                UUID.randomUUID(),
                CASE,
                "jc",
                null,
                draft(
                        List.of(
                                need(null, NeedCode.DEBT, NeedStatus.IDENTIFIED),
                                need(null, NeedCode.HOUSING, NeedStatus.IDENTIFIED)),
                        "SUPPORT"),
                ProfileScheme.BA_PROFILES,
                Set.of(),
                "fm-1",
                DAY,
                Instant.now(),
                imported::get);
        assertThat(first.needs()).extracting(Need::needId).containsExactly(debt, housing);

        assertRule(
                () -> complete(
                        first,
                        draft(
                                List.of(
                                        need(debt, NeedCode.DEBT, NeedStatus.RESOLVED),
                                        need(housing, NeedCode.HOUSING, NeedStatus.IDENTIFIED),
                                        need(UUID.randomUUID(), NeedCode.MOBILITY, NeedStatus.IDENTIFIED)),
                                "SUPPORT"),
                        ProfileScheme.BA_PROFILES,
                        DAY),
                "UNKNOWN_NEED",
                "needs[2].needId");
    }
}
