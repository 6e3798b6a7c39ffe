package de.lotse.reporting.export;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void startsWithByteOrderMarkAndSeparatesBySemicolonWithCrLf() {
        String text = Csv.withHeader("Team", "Offene Fälle")
                .row("team-1", 12)
                .row(null, Csv.SUPPRESSED)
                .toString();
        assertThat(text).isEqualTo("\uFEFFTeam;Offene Fälle\r\nteam-1;12\r\n;geschützt\r\n");
    }

    @Test
    void neutralisesFormulasButKeepsNegativeNumbersAndTheDash() {
        assertThat(Csv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("+49 30")).isEqualTo("'+49 30");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("-12")).isEqualTo("-12");
        assertThat(Csv.cell("-")).isEqualTo("-");
    }

    @Test
    void quotesSeparatorsQuotesAndLineBreaks() {
        assertThat(Csv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Arrays.asList(Csv.cell(""))).containsExactly("");
    }
}
