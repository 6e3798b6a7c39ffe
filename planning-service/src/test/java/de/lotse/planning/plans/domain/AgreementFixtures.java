package de.lotse.planning.plans.domain;

import de.lotse.planning.casefacts.domain.CaseNeed;
import de.lotse.planning.casefacts.domain.LatestAssessment;
import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An agreement's surroundings without any framework: the plan, the latest assessment, the policies and the legal
 * forms by date; the tests conclude on them and read the broken rules.
 */
abstract class AgreementFixtures {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = at(TODAY);
    static final UUID CASE = UUID.randomUUID();

    /** UCKERMARK-like: an agreement is valid at most 6 months (UCKERMARK 4.1.4). */
    static final PlanningPolicy LIMITED = new PlanningPolicy(3, 6, null, 6, "DOCUMENTED_REASONS", false, false);
    /** PANKOW-like: the policy does not limit validity. */
    static final PlanningPolicy UNLIMITED = new PlanningPolicy(4, null, null, 6, "TEAM_LEAD_APPROVAL", false, false);

    static final List<LegalForm> FORMS = List.of(
            new LegalForm(
                    LocalDate.of(2005, 1, 1),
                    "EINV",
                    "Eingliederungsvereinbarung (a. F.)",
                    "§ 15 SGB II in der bis 30.06.2023 geltenden Fassung",
                    true,
                    false,
                    6),
            new LegalForm(
                    LocalDate.of(2023, 7, 1), "KOOPERATIONSPLAN", "Kooperationsplan", "§ 15 SGB II", false, true, 6));
    static final LocalDate OLD = LocalDate.of(2023, 5, 10);

    static final LatestAssessment ASSESSMENT = assessment(2, TODAY.minusDays(7), "D");
    static final Plan PLAN = plan();

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(BERLIN).toInstant();
    }

    static LatestAssessment assessment(int version, LocalDate completedOn, String category) {
        return new LatestAssessment(
                version, completedOn, at(completedOn), category, category, completedOn.plusMonths(6));
    }

    static Plan plan() {
        CaseNeed debt = new CaseNeed(UUID.randomUUID(), KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        return Plan.draft(
                CASE,
                "jc-1",
                new Goal(
                        UUID.randomUUID(), "Beschäftigung als Fachlagerist/in", KeyGroup.PROFESSIONAL_COMPETENCE, null),
                List.of(),
                List.of(new Strategy(null, debt.needId(), null, "Schuldnerberatung", null)),
                null,
                null,
                false,
                List.of(),
                List.of(debt),
                "fm-1",
                NOW,
                0);
    }

    static Agreement.Terms terms(
            String type, LocalDate agreedOn, LocalDate validUntil, LocalDate reviewOn, boolean instruction) {
        return new Agreement.Terms(
                type,
                agreedOn,
                validUntil,
                reviewOn,
                List.of("Übernahme der Kosten der Schuldnerberatung"),
                List.of("Termin bei der Schuldnerberatung wahrnehmen"),
                instruction,
                null,
                null,
                null);
    }

    static Agreement.Terms plan6() {
        return terms(null, TODAY, TODAY.plusMonths(6), null, false);
    }

    static Agreement.Terms none(AgreementException exception, String note) {
        return new Agreement.Terms(
                Agreement.NONE, TODAY, null, null, List.of(), List.of(), false, null, exception, note);
    }

    static Agreement conclude(
            Agreement.Terms terms,
            Agreement previous,
            LatestAssessment assessment,
            boolean minor,
            PlanningPolicy policy,
            Instant now) {
        return Agreement.conclude(
                UUID.randomUUID(),
                CASE,
                "jc-1",
                terms,
                PLAN,
                previous,
                assessment,
                minor,
                policy,
                FORMS,
                "fm-1",
                "Anna Schmidt",
                TODAY,
                now);
    }

    static Agreement conclude(Agreement.Terms terms, PlanningPolicy policy) {
        return conclude(terms, null, ASSESSMENT, false, policy, NOW);
    }

    static Agreement concludedOn(LocalDate day, Agreement.Terms terms, LatestAssessment assessment) {
        return Agreement.conclude(
                UUID.randomUUID(),
                CASE,
                "jc-1",
                terms,
                PLAN,
                null,
                assessment,
                false,
                LIMITED,
                FORMS,
                "fm-1",
                null,
                day,
                at(day));
    }

    static void assertRule(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).broken())
                        .extracting(RuleViolation.Broken::rule, RuleViolation.Broken::field)
                        .contains(tuple(rule, field)));
    }
}
