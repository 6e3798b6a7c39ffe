package de.lotse.platform.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConstraintMessagesTest {

    /** The patterns the services use, said in words: a code of a list is unknown, digits are counted. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "[A-Z_]{1,30}|Unbekannter Wert.",
                "[A-Z0-9_]{2,60}|Unbekannter Wert.",
                "EINV|KOOPERATIONSPLAN|NONE|Unbekannter Wert.",
                "[0-9]{5}|Erwartet werden genau 5 Ziffern.",
                "^[0-9]{5}$|Erwartet werden genau 5 Ziffern.",
                "[0-9]{3}[A-Z][0-9]{6}|Die Angabe hat nicht das erwartete Format.",
                "[0-9A-Za-z-]{1,50}|Die Angabe hat nicht das erwartete Format."
            })
    void saysAPatternInWords(String line) {
        // the last '|' separates the expected text; an alternation in the pattern has '|' too
        int split = line.lastIndexOf('|');
        assertThat(ConstraintMessages.pattern(line.substring(0, split))).isEqualTo(line.substring(split + 1));
    }
}
