package de.lotse.platform.jdbc;

import de.lotse.platform.jdbc.Statements.Params;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The named values of a statement: nulls are values, enums bind by name, a name is given once. */
class StatementsParamsTest {
    private enum Status { ACTIVE }

    @Test
    void keepsNullsAndOrderAndBindsAnEnumByItsName() {
        Params params = Params.of("caseId", "c-1").and("closedOn", null).and("status", Status.ACTIVE)
                .and("day", LocalDate.of(2026, 3, 2));

        assertThat(params.values().keySet()).containsExactly("caseId", "closedOn", "status", "day");
        assertThat(params.values()).containsEntry("closedOn", null).containsEntry("status", "ACTIVE")
                .containsEntry("day", LocalDate.of(2026, 3, 2));
    }

    @Test
    void aNameGivenTwiceIsAMistakeNotAnOverride() {
        assertThatThrownBy(() -> Params.of("today", LocalDate.of(2026, 3, 2)).and("today", LocalDate.of(2026, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":today");
    }
}
