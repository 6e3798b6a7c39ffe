package de.lotse.planning.reductions.domain;

import de.lotse.planning.reductions.domain.ReductionCheck.Breach;
import de.lotse.planning.reductions.domain.ReductionCheck.Outcome;
import de.lotse.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benefit-reduction check (Leistungsminderung, §§ 31–32 SGB II; docs/domain.md §14), without any framework:
 * the breach, its day and the legal-consequence notice come from the cited record.
 */
class ReductionCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW =
            TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    private static final LocalDate DEMANDED_ON = LocalDate.of(2026, 9, 1);
    private static final LocalDate DUE_BY = LocalDate.of(2026, 10, 31);
    private static final LocalDate BREACH_ON = LocalDate.of(2026, 11, 10);

    private static CitedBreach demand(boolean withNotice) {
        return new CitedBreach(
                new Ground(Ground.Kind.DUTY_DEMAND, UUID.randomUUID()),
                Breach.OBLIGATION_NOT_FULFILLED,
                true,
                null,
                null,
                DUE_BY,
                withNotice ? DEMANDED_ON : null);
    }

    private static CitedBreach refusedOffer(boolean withNotice) {
        return new CitedBreach(
                new Ground(Ground.Kind.OFFER, UUID.randomUUID()),
                Breach.REASONABLE_OFFER_REFUSED,
                true,
                null,
                BREACH_ON,
                DEMANDED_ON,
                withNotice ? DEMANDED_ON : null);
    }

    private static CitedBreach abortedMeasure() {
        return new CitedBreach(
                new Ground(Ground.Kind.MEASURE, UUID.randomUUID()),
                Breach.MEASURE_ABORTED,
                true,
                null,
                BREACH_ON,
                DEMANDED_ON,
                null);
    }

    private static ReductionCheck check(
            CitedBreach cited,
            LocalDate breachOn,
            LocalDate statedNotice,
            boolean importantReason,
            boolean hardship,
            Outcome outcome,
            String justification) {
        return ReductionCheck.record(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                cited,
                breachOn,
                statedNotice,
                importantReason,
                hardship,
                null,
                outcome,
                justification,
                "fm-1",
                TODAY,
                NOW);
    }

    private static ReductionCheck proposed(CitedBreach cited, LocalDate breachOn) {
        return check(cited, breachOn, null, false, false, Outcome.REDUCTION_PROPOSED, "Begründung");
    }

    private static void assertRule(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class).satisfies(e -> {
            assertThat(((RuleViolation) e).rule()).isEqualTo(rule);
            assertThat(((RuleViolation) e).field()).isEqualTo(field);
        });
    }

    @Test
    void theBreachFollowsFromTheKindOfTheCitedRecord() {
        assertThat(proposed(demand(true), BREACH_ON).breach()).isEqualTo(Breach.OBLIGATION_NOT_FULFILLED);
        assertThat(proposed(refusedOffer(true), null).breach()).isEqualTo(Breach.REASONABLE_OFFER_REFUSED);
        assertThat(check(abortedMeasure(), null, DEMANDED_ON, false, false, Outcome.REDUCTION_PROPOSED, "Abbruch")
                        .breach())
                .isEqualTo(Breach.MEASURE_ABORTED);
    }

    @Test
    void aRecordThatShowsNoBreachGroundsNoCheck() {
        CitedBreach accepted = new CitedBreach(
                new Ground(Ground.Kind.OFFER, UUID.randomUUID()),
                Breach.REASONABLE_OFFER_REFUSED,
                false,
                "Das Angebot wurde nicht abgelehnt.",
                null,
                DEMANDED_ON,
                DEMANDED_ON);
        assertRule(() -> proposed(accepted, BREACH_ON), "NO_BREACH_IN_RECORD", "ground.id");
    }

    @Test
    void theNoticeComesFromTheDemandNotFromTheAuthor() {
        assertRule(() -> proposed(demand(false), BREACH_ON), "INSTRUCTION_BEFORE_BREACH_REQUIRED", "ground.id");
        assertRule(
                () -> check(demand(false), BREACH_ON, DEMANDED_ON, false, false, Outcome.REDUCTION_PROPOSED, "x"),
                "NOTICE_FROM_RECORD",
                "instructionGivenOn");
        assertThat(proposed(demand(true), BREACH_ON).instructionGivenOn()).isEqualTo(DEMANDED_ON);
    }

    @Test
    void aDemandWithoutNoticeMayStillBeCheckedWithoutReduction() {
        ReductionCheck c = check(demand(false), BREACH_ON, null, false, false, Outcome.NO_REDUCTION, "ohne Belehrung");
        assertThat(c.outcome()).isEqualTo(Outcome.NO_REDUCTION);
        assertThat(c.instructionGivenOn()).isNull();
    }

    @Test
    void theDayOfARefusalOrAbortIsTheRecordsDay() {
        assertThat(proposed(refusedOffer(true), null).breachOn()).isEqualTo(BREACH_ON);
        assertRule(() -> proposed(refusedOffer(true), BREACH_ON.minusDays(3)), "BREACH_DATE_FROM_RECORD", "breachOn");
    }

    @Test
    void aDutyIsNotBreachedBeforeItIsDueNorInTheFuture() {
        assertRule(() -> proposed(demand(true), null), "REQUIRED", "breachOn");
        assertRule(() -> proposed(demand(true), DUE_BY.minusDays(1)), "BEFORE_DUE", "breachOn");
        assertRule(() -> proposed(demand(true), TODAY.plusDays(1)), "IN_FUTURE", "breachOn");
    }

    @Test
    void anAbortedMeasureNeedsTheStatedNoticeBeforeTheAbort() {
        assertRule(
                () -> check(abortedMeasure(), null, null, false, false, Outcome.REDUCTION_PROPOSED, "Abbruch"),
                "INSTRUCTION_BEFORE_BREACH_REQUIRED",
                "instructionGivenOn");
        assertRule(
                () -> check(
                        abortedMeasure(),
                        null,
                        BREACH_ON.plusDays(1),
                        false,
                        false,
                        Outcome.REDUCTION_PROPOSED,
                        "Abbruch"),
                "INSTRUCTION_BEFORE_BREACH_REQUIRED",
                "instructionGivenOn");
    }

    @Test
    void anImportantReasonOrExceptionalHardshipBlocksAProposedReduction() {
        assertRule(
                () -> check(
                        refusedOffer(true),
                        null,
                        null,
                        true,
                        false,
                        Outcome.REDUCTION_PROPOSED,
                        "Kinderbetreuung nicht gesichert"),
                "IMPORTANT_REASON",
                "outcome");
        assertRule(
                () -> check(
                        refusedOffer(true),
                        null,
                        null,
                        false,
                        true,
                        Outcome.REDUCTION_PROPOSED,
                        "Wohnungsverlust droht"),
                "EXCEPTIONAL_HARDSHIP",
                "outcome");
        assertThat(check(refusedOffer(true), null, null, true, false, Outcome.NO_REDUCTION, "Kinderbetreuung")
                        .importantReason())
                .isTrue();
    }

    @Test
    void theCheckIsJustified() {
        assertRule(
                () -> check(demand(true), BREACH_ON, null, false, false, Outcome.NO_REDUCTION, " "),
                "REQUIRED",
                "justification");
    }

    /** The justification is the author's reasoning; no rule reads it, so its words neither ground nor block a check. */
    @Test
    void theJustificationsWordsDecideNothing() {
        ReductionCheck c = check(
                demand(true),
                BREACH_ON,
                null,
                false,
                false,
                Outcome.REDUCTION_PROPOSED,
                "Die Schweigepflichtentbindung liegt vor; der Meldetermin wurde versäumt");
        assertThat(c.outcome()).isEqualTo(Outcome.REDUCTION_PROPOSED);
        assertThat(c.checkedBy()).isEqualTo("fm-1");
        assertThat(c.checkedAt()).isEqualTo(NOW);
    }

    /** docs/domain.md §14: no kind of ground concerns a consent; a new kind is a reviewed change of this list. */
    @Test
    void theGroundsAreExactlyTheRecordsOfSection31() {
        assertThat(Ground.Kind.values())
                .containsExactly(Ground.Kind.DUTY_DEMAND, Ground.Kind.OFFER, Ground.Kind.MEASURE);
    }
}
