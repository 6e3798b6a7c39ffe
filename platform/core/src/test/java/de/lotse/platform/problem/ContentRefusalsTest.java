package de.lotse.platform.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class ContentRefusalsTest {

    private static PSQLException postgres(String state, String column) {
        return new PSQLException(new ServerErrorMessage(
                "SERROR\0C" + state + "\0Mrefused\0" + (column == null ? "" : "c" + column + "\0")));
    }

    private static RuntimeException wrapped(SQLException sql) {
        return new RuntimeException("SQL failed: insert into note", sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {"22001", "22003", "22007", "22008", "22021", "22P05", "22P02", "22012", "2200H"})
    void dataExceptionsAre400ValueNotStorable(String state) {
        ProblemException refusal =
                ContentRefusals.of(wrapped(postgres(state, null))).orElseThrow();
        assertThat(refusal.status().getCode()).isEqualTo(400);
        assertThat(refusal.violations()).singleElement().satisfies((Problem.Violation v) -> {
            assertThat(v.rule()).isEqualTo("value-not-storable");
            assertThat(v.field()).isNull();
            assertThat(v.message()).isNotBlank().doesNotContain("refused");
        });
    }

    @Test
    void integrityViolationsCausedByTheRequestAre422NamingTheColumnAsField() {
        assertThat(ContentRefusals.of(wrapped(postgres("23502", "target_occupation")))
                        .orElseThrow())
                .satisfies((ProblemException r) -> {
                    assertThat(r.status().getCode()).isEqualTo(422);
                    assertThat(r.violations()).singleElement().satisfies((Problem.Violation v) -> {
                        assertThat(v.field()).isEqualTo("targetOccupation");
                        assertThat(v.rule()).isEqualTo("required");
                    });
                });
        assertThat(ContentRefusals.of(wrapped(postgres("23503", null)))
                        .orElseThrow()
                        .violations())
                .singleElement()
                .satisfies((Problem.Violation v) -> assertThat(v.rule()).isEqualTo("reference-unknown"));
        assertThat(ContentRefusals.of(wrapped(postgres("23514", null)))
                        .orElseThrow()
                        .status()
                        .getCode())
                .isEqualTo(422);
    }

    @Test
    void aBatchNamesItsFailedStatementAsTheNextException() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", "23502", new int[0]);
        batch.setNextException(postgres("23502", "due_on"));
        assertThat(ContentRefusals.of(wrapped(batch)).orElseThrow().violations())
                .singleElement()
                .satisfies((Problem.Violation v) -> assertThat(v.field()).isEqualTo("dueOn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08006", "57014", "40001", "53300", "XX000", "23505"})
    void otherFailuresAreNotTheCallersContent(String state) {
        assertThat(ContentRefusals.of(wrapped(postgres(state, null)))).isEmpty();
        assertThat(ContentRefusals.of(new RuntimeException("no SQL here"))).isEmpty();
    }

    @Test
    void columnsBecomeJsonPropertyNames() {
        assertThat(ContentRefusals.camelCase("category_change_note")).isEqualTo("categoryChangeNote");
        assertThat(ContentRefusals.camelCase("note")).isEqualTo("note");
        assertThat(ContentRefusals.camelCase("_x")).isEqualTo("x");
    }
}
