package de.lotse.platform.testing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemAssertionsTest {

    private static Map<String, Object> problem(String title, String detail, String message) {
        return Map.of(
                "type",
                "rule-violated",
                "title",
                title,
                "status",
                422,
                "detail",
                detail,
                "violations",
                List.of(Map.of("field", "reasonCode", "rule", "CASE_NOT_REFERRED", "message", message)));
    }

    /** Texts the services answered before issue 18: each one must be caught. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "must match \"[A-Z_]{1,30}\"",
                "must not be blank",
                "size must be between 0 and 2000",
                "Forbidden",
                "Page Not Found",
                "Gründe für die Fortführung und die Erfolgsaussichten sind zu dokumentieren (BA2010 3c).",
                "Eine Fortschreibung stützt sich auf einem neuen Assessment (UCKERMARK 4.1.4).",
                "Vormerkung ohne Zuordnung einer Fachkraft (TAH 4.3: drei Tage).",
                "Die Leistung SPE_BERATUNG ist nicht vereinbart.",
                "Fall 5f0c6b1e-2d3a-4c4b-9a8e-1b2c3d4e5f60 wurde nicht gefunden."
            })
    void catchesTodaysTechnicalTexts(String text) {
        assertThatThrownBy(() -> ProblemAssertions.assertPlainGerman(
                        problem("Fachliche Regel verletzt", "Die Anfrage ist ungültig.", text)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(text);
        assertThatThrownBy(() -> ProblemAssertions.assertPlainGerman(problem(text, "Die Anfrage ist ungültig.", "ok")))
                .isInstanceOf(AssertionError.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Höchstens 2000 Zeichen.",
                "Unbekannter Wert.",
                "Pflichtangabe fehlt.",
                "Bei „Sonstiges“ ist eine Begründung erforderlich.",
                "Die maximale Betreuungsdauer ist erst am 12.03.2027 erreicht.",
                "Der Server antwortet nicht; Teilnahme an einer Arbeitsgelegenheit (§ 16d SGB II)."
            })
    void letsPlainGermanPass(String text) {
        assertThatCode(() -> ProblemAssertions.assertPlainGerman(
                        problem("Fachliche Regel verletzt", "Eine Angabe ist ungültig: " + text, text)))
                .doesNotThrowAnyException();
    }

    @org.junit.jupiter.api.Test
    void leavesTheMachineReadablePartsAlone() {
        // the rule code and the field name are for the client, not for people
        assertThat(ProblemAssertions.findings(problem("Nicht gefunden", "Der Fall wurde nicht gefunden.", "Weg.")))
                .isEmpty();
    }
}
