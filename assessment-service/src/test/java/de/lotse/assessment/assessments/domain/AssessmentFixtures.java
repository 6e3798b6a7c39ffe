package de.lotse.assessment.assessments.domain;

import de.lotse.platform.codes.ProfileScheme;
import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A draft assessment with sensible defaults (one occupation, a strength, the profile given) and its completion on a
 * day in the Jobcenter's scheme, without any framework; the tests read the broken rules.
 */
abstract class AssessmentFixtures {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final UUID CASE = UUID.randomUUID();

    static AssessmentDraft.DraftNeed need(UUID id, NeedCode code, NeedStatus status) {
        return new AssessmentDraft.DraftNeed(
                id, code, "Beschreibung", status, Priority.MEDIUM, false, null, true, null);
    }

    static AssessmentDraft draft(List<AssessmentDraft.DraftNeed> needs, String profile) {
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

    static Assessment complete(Assessment previous, AssessmentDraft draft, ProfileScheme scheme, LocalDate today) {
        return Assessment.complete(
                UUID.randomUUID(), CASE, "jc", previous, draft, scheme, Set.of(), "fm-1", today, Instant.now());
    }

    static void assertRule(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).broken()).anySatisfy(b -> {
                    assertThat(b.rule()).isEqualTo(rule);
                    assertThat(b.field()).isEqualTo(field);
                }));
    }
}
