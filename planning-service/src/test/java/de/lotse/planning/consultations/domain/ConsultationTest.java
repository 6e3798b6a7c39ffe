package de.lotse.planning.consultations.domain;

import de.lotse.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/domain.md §17 (PANKOW 8, TAH 3.1): what a recorded collegial case consultation must hold. */
class ConsultationTest {
    private static final LocalDate ADMITTED = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    private static Consultation record(LocalDate heldOn, List<String> participants, String question, String outcome) {
        return Consultation.record(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc",
                "team-1",
                heldOn,
                "fm-anna",
                participants,
                question,
                outcome,
                Pseudonym.draw(),
                ADMITTED,
                TODAY,
                Instant.now());
    }

    private static String rule(Runnable r) {
        try {
            r.run();
        } catch (RuleViolation e) {
            return e.broken().get(0).rule() + "@" + e.broken().get(0).field();
        }
        throw new AssertionError("no rule broken");
    }

    @Test
    void aConsultationHasColleaguesAQuestionAndAnOutcome() {
        Consultation c = record(TODAY, List.of(" fm-jonas ", "tl-petra"), "  Frage ", "Ergebnis");
        assertThat(c.participants()).containsExactly("fm-jonas", "tl-petra");
        assertThat(c.question()).isEqualTo("Frage");
        assertThat(c.tookPart("fm-anna")).isTrue();
        assertThat(c.tookPart("tl-petra")).isTrue();
        assertThat(c.tookPart("fm-selin")).isFalse();
    }

    @Test
    void theDayLiesBetweenAdmissionAndToday() {
        assertThat(rule(() -> record(TODAY.plusDays(1), List.of("fm-jonas"), "F", "E")))
                .isEqualTo("IN_FUTURE@heldOn");
        assertThat(rule(() -> record(ADMITTED.minusDays(1), List.of("fm-jonas"), "F", "E")))
                .isEqualTo("BEFORE_ADMISSION@heldOn");
        assertThat(record(ADMITTED, List.of("fm-jonas"), "F", "E").heldOn()).isEqualTo(ADMITTED);
    }

    @Test
    void oneToFifteenDistinctColleaguesWithoutThePresenter() {
        assertThat(rule(() -> record(TODAY, List.of(), "F", "E"))).isEqualTo("REQUIRED@participants");
        assertThat(rule(() -> record(TODAY, List.of(" "), "F", "E"))).isEqualTo("REQUIRED@participants");
        assertThat(rule(() -> record(TODAY, List.of("fm-jonas", "fm-jonas"), "F", "E")))
                .isEqualTo("DUPLICATE@participants");
        assertThat(rule(() -> record(TODAY, List.of("fm-anna"), "F", "E"))).isEqualTo("PRESENTER@participants");
        List<String> sixteen =
                IntStream.rangeClosed(1, 16).mapToObj(i -> "fm-" + i).toList();
        assertThat(rule(() -> record(TODAY, sixteen, "F", "E"))).isEqualTo("TOO_MANY@participants");
        assertThat(record(TODAY, sixteen.subList(0, 15), "F", "E").participants())
                .hasSize(15);
    }

    @Test
    void questionAndOutcomeAreRequiredAndBounded() {
        assertThat(rule(() -> record(TODAY, List.of("fm-jonas"), " ", "E"))).isEqualTo("REQUIRED@question");
        assertThat(rule(() -> record(TODAY, List.of("fm-jonas"), "F", null))).isEqualTo("REQUIRED@outcome");
        assertThat(rule(() -> record(TODAY, List.of("fm-jonas"), "x".repeat(2001), "E")))
                .isEqualTo("TOO_LONG@question");
        assertThat(rule(() -> record(TODAY, List.of("fm-jonas"), "F", "x".repeat(4001))))
                .isEqualTo("TOO_LONG@outcome");
    }

    @Test
    void pseudonymsAreRandomPerConsultation() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String p = Pseudonym.draw();
            assertThat(p).matches("Fall [A-HJKMNP-Z2-9]{3}-[A-HJKMNP-Z2-9]{3}");
            drawn.add(p);
        }
        assertThat(drawn).as("practically no repeats among a thousand").hasSizeGreaterThan(995);
    }
}
