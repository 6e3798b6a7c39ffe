package de.lotse.platform.input;

import de.lotse.platform.input.ControlCharacters.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTest {

    @Test
    void everyControlCharacterButTabLineFeedAndCarriageReturnIsRefusedEverywhere() {
        int[] controls = IntStream.rangeClosed(0, 0xFFFF)
                .filter(c -> Character.getType(c) == Character.CONTROL)
                .toArray();
        assertThat(controls).hasSize(65); // U+0000–U+001F and U+007F–U+009F
        for (int c : controls) {
            String text = "Vermerk " + (char) c + " Ende";
            Finding expected = c == '\t' || c == '\n' || c == '\r' ? Finding.LINE_BREAK : Finding.CONTROL;
            assertThat(ControlCharacters.find(text)).as("U+%04X", c).isEqualTo(expected);
            assertThat(ControlCharacters.find(text.toCharArray(), 0, text.length()))
                    .as("U+%04X", c)
                    .isEqualTo(expected);
            assertThat(ControlCharacters.acceptable(expected, true))
                    .as("U+%04X multi-line", c)
                    .isEqualTo(expected == Finding.LINE_BREAK);
            assertThat(ControlCharacters.acceptable(expected, false))
                    .as("U+%04X single-line", c)
                    .isFalse();
        }
    }

    @Test
    void everyOtherCharacterPasses() {
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.getType(c) == Character.CONTROL || Character.isSurrogate((char) c)) {
                continue;
            }
            assertThat(ControlCharacters.find(String.valueOf((char) c)))
                    .as("U+%04X", c)
                    .isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "a\uD83Db", "\uDE00", "x\uDE00\uD83D", "ende\uD83D"})
    void loneSurrogatesAreRefused(String text) {
        assertThat(ControlCharacters.find(text)).isEqualTo(Finding.LONE_SURROGATE);
        assertThat(ControlCharacters.find(text.toCharArray(), 0, text.length())).isEqualTo(Finding.LONE_SURROGATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ziel erreicht \uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "Straße, Œuvre, ½, €, 日本", ""})
    void validTextPasses(String text) {
        assertThat(ControlCharacters.find(text)).isNull();
        assertThat(ControlCharacters.find(text.toCharArray(), 0, text.length())).isNull();
    }

    @Test
    void aControlCharacterWinsOverAnEarlierLineBreak() {
        assertThat(ControlCharacters.find("Zeile 1\nZeile 2\u0000")).isEqualTo(Finding.CONTROL);
        assertThat(ControlCharacters.find("Zeile 1\r\n\tZeile 2")).isEqualTo(Finding.LINE_BREAK);
    }

    @Test
    void onlyTheGivenRangeOfAnArrayIsRead() {
        char[] text = "\u0000abc\u0000".toCharArray();
        assertThat(ControlCharacters.find(text, 1, 3)).isNull();
        assertThat(ControlCharacters.find(text, 0, 3)).isEqualTo(Finding.CONTROL);
        // a pair cut by the range end is a lone surrogate within the range
        char[] emoji = "\uD83D\uDE00".toCharArray();
        assertThat(ControlCharacters.find(emoji, 0, 1)).isEqualTo(Finding.LONE_SURROGATE);
    }

    @Test
    void headerValuesRefuseC0ControlsAndDelButKeepOpaqueBytes() {
        assertThat(ControlCharacters.acceptableHeaderValue("Bearer abc.def")).isTrue();
        // a UTF-8 "€" read one char per byte: E2 82 AC
        assertThat(ControlCharacters.acceptableHeaderValue("\u00E2\u0082\u00AC"))
                .isTrue();
        assertThat(ControlCharacters.acceptableHeaderValue("a\u0000b")).isFalse();
        assertThat(ControlCharacters.acceptableHeaderValue("a\tb")).isFalse();
        assertThat(ControlCharacters.acceptableHeaderValue("a\u007Fb")).isFalse();
    }

    @Test
    void visibleWritesControlsAndLoneSurrogatesAsEscapes() {
        assertThat(ControlCharacters.visible("no\u0000te\uD800 \uD83D\uDE00"))
                .isEqualTo("no\\u0000te\\uD800 \uD83D\uDE00");
    }
}
