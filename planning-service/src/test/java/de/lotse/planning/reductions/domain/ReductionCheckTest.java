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

/** The benefit-reduction check (Leistungsminderung, §§31–32 SGB II; PANKOW 4.4), without any framework. */
class ReductionCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    private static final LocalDate BREACH_ON = LocalDate.of(2026, 11, 10);
    private static final LocalDate INSTRUCTED_ON = LocalDate.of(2026, 9, 1);

    private static ReductionCheck check(String breachCode, LocalDate instructionGivenOn, boolean importantReason,
                                        boolean exceptionalHardship, Outcome outcome, String justification) {
        return ReductionCheck.record(UUID.randomUUID(), UUID.randomUUID(), "jc-1", breachCode, BREACH_ON,
                instructionGivenOn, importantReason, exceptionalHardship, null, outcome, justification, "fm-1", TODAY, NOW);
    }

    private static ReductionCheck proposed(String breachCode, String justification) {
        return check(breachCode, INSTRUCTED_ON, false, false, Outcome.REDUCTION_PROPOSED, justification);
    }

    private static void assertRule(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class).satisfies(e -> {
            assertThat(((RuleViolation) e).rule()).isEqualTo(rule);
            assertThat(((RuleViolation) e).field()).isEqualTo(field);
        });
    }

    @Test
    void refusingConsentIsNeverABreach() {
        assertRule(() -> proposed("CONSENT_REFUSED", "Termin nicht wahrgenommen"), "CONSENT_NEVER_A_REASON", "breach");
    }

    @Test
    void revokingConsentIsNeverABreach() {
        assertRule(() -> proposed("CONSENT_REVOKED", "Termin nicht wahrgenommen"), "CONSENT_NEVER_A_REASON", "breach");
    }

    @Test
    void consentCodesAreRecognisedInAnySpellingAndEvenWithoutConsequences() {
        assertRule(() -> check(" consent_limited ", null, false, false, Outcome.NO_REDUCTION, "Prüfung"),
                "CONSENT_NEVER_A_REASON", "breach");
        assertRule(() -> proposed("SCHWEIGEPFLICHT_WIDERRUFEN", "Termin nicht wahrgenommen"), "CONSENT_NEVER_A_REASON",
                "breach");
    }

    @Test
    void aJustificationCitingARevokedConsentIsRefused() {
        assertRule(() -> proposed("OBLIGATION_NOT_FULFILLED", "Schweigepflichtentbindung widerrufen"),
                "CONSENT_NEVER_A_REASON", "justification");
    }

    @Test
    void aJustificationCitingAConsentIsRefusedEvenWithoutReduction() {
        assertRule(() -> check("MISSED_APPOINTMENT", null, false, false, Outcome.NO_REDUCTION,
                "Keine Einwilligung zur Datenweitergabe an die Suchtberatung"), "CONSENT_NEVER_A_REASON", "justification");
    }

    @Test
    void aBreachComesFromTheCatalogue() {
        assertRule(() -> proposed("LATE_FOR_APPOINTMENT", "zu spät"), "UNKNOWN_BREACH", "breach");
        assertRule(() -> proposed(null, "ohne Code"), "UNKNOWN_BREACH", "breach");
    }

    @Test
    void aBreachIsNotInTheFuture() {
        assertRule(() -> ReductionCheck.record(UUID.randomUUID(), UUID.randomUUID(), "jc-1", "MISSED_APPOINTMENT",
                TODAY.plusDays(1), INSTRUCTED_ON, false, false, null, Outcome.NO_REDUCTION, "Termin", "fm-1", TODAY, NOW),
                "IN_FUTURE", "breachOn");
    }

    @Test
    void aProposedReductionNeedsTheInstructionBeforeTheBreach() {
        assertRule(() -> check("MEASURE_ABORTED", null, false, false, Outcome.REDUCTION_PROPOSED, "Abbruch"),
                "INSTRUCTION_BEFORE_BREACH_REQUIRED", "instructionGivenOn");
        assertRule(() -> check("MEASURE_ABORTED", BREACH_ON.plusDays(1), false, false, Outcome.REDUCTION_PROPOSED,
                "Abbruch"), "INSTRUCTION_BEFORE_BREACH_REQUIRED", "instructionGivenOn");
    }

    @Test
    void anImportantReasonBlocksAProposedReduction() {
        assertRule(() -> check("REASONABLE_OFFER_REFUSED", INSTRUCTED_ON, true, false, Outcome.REDUCTION_PROPOSED,
                "Kinderbetreuung nicht gesichert"), "IMPORTANT_REASON", "outcome");
    }

    @Test
    void exceptionalHardshipBlocksAProposedReduction() {
        assertRule(() -> check("REASONABLE_OFFER_REFUSED", INSTRUCTED_ON, false, true, Outcome.REDUCTION_PROPOSED,
                "Wohnungsverlust droht"), "EXCEPTIONAL_HARDSHIP", "outcome");
    }

    @Test
    void anImportantReasonLeadsToNoReduction() {
        ReductionCheck c = check("REASONABLE_OFFER_REFUSED", INSTRUCTED_ON, true, false, Outcome.NO_REDUCTION,
                "Kinderbetreuung nicht gesichert");

        assertThat(c.outcome()).isEqualTo(Outcome.NO_REDUCTION);
        assertThat(c.importantReason()).isTrue();
    }

    @Test
    void theCheckIsJustified() {
        assertRule(() -> check("MISSED_APPOINTMENT", null, false, false, Outcome.NO_REDUCTION, null), "REQUIRED",
                "justification");
        assertRule(() -> check("MISSED_APPOINTMENT", null, false, false, Outcome.NO_REDUCTION, " "), "REQUIRED",
                "justification");
    }

    @Test
    void noReductionWithoutInstruction() {
        ReductionCheck c = check("missed_appointment", null, false, false, Outcome.NO_REDUCTION,
                "Keine Rechtsfolgenbelehrung erteilt");

        assertThat(c.breach()).isEqualTo(Breach.MISSED_APPOINTMENT);
        assertThat(c.outcome()).isEqualTo(Outcome.NO_REDUCTION);
        assertThat(c.instructionGivenOn()).isNull();
        assertThat(c.checkedBy()).isEqualTo("fm-1");
        assertThat(c.checkedAt()).isEqualTo(NOW);
    }

    @Test
    void aReductionIsProposedAfterInstructionWithoutReasonOrHardship() {
        ReductionCheck c = proposed("OBLIGATION_NOT_FULFILLED", "Bewerbungen trotz Belehrung nicht nachgewiesen");

        assertThat(c.breach()).isEqualTo(Breach.OBLIGATION_NOT_FULFILLED);
        assertThat(c.outcome()).isEqualTo(Outcome.REDUCTION_PROPOSED);
        assertThat(c.instructionGivenOn()).isEqualTo(INSTRUCTED_ON);
    }
}
