package de.lotse.platform.jdbc;

import de.lotse.platform.jdbc.Statements.Params;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Named parameters: the statement's {@code :name}s become JDBC's {@code ?} in order (casts, literals and comments
 * untouched); the values keep nulls, bind enums by name, and a name is given once.
 */
class StatementsTest {
    private enum Status {
        ACTIVE
    }

    @Test
    void keepsNullsAndOrderAndBindsAnEnumByItsName() {
        Params params = Params.of("caseId", "c-1")
                .and("closedOn", null)
                .and("status", Status.ACTIVE)
                .and("day", LocalDate.of(2026, 3, 2));

        assertThat(params.values().keySet()).containsExactly("caseId", "closedOn", "status", "day");
        assertThat(params.values())
                .containsEntry("closedOn", null)
                .containsEntry("status", "ACTIVE")
                .containsEntry("day", LocalDate.of(2026, 3, 2));
    }

    @Test
    void namesBecomePositionsInOrderAndARepeatedNameRepeats() {
        Statements.NamedSql sql = Statements.NamedSql.parse(
                "select 1 from c where (c.fm = :person or (c.deputy = :person and :today between c.a and c.b))");

        assertThat(sql.jdbcSql())
                .isEqualTo("select 1 from c where (c.fm = ? or (c.deputy = ? and ? between c.a and c.b))");
        assertThat(sql.names()).containsExactly("person", "person", "today");
    }

    @Test
    void castsLiteralsQuotedNamesAndCommentsAreNotParameters() {
        Statements.NamedSql sql = Statements.NamedSql.parse("""
                insert into t (doc, at, note) -- :notAParameter here
                values (:doc::jsonb, (:at at time zone 'Europe/Berlin')::date, 'um 12:30 Uhr, it''s :fine')
                /* nor :this */ returning "odd:name", :id""");

        assertThat(sql.names()).containsExactly("doc", "at", "id");
        assertThat(sql.jdbcSql())
                .contains(
                        "?::jsonb",
                        "(? at time zone 'Europe/Berlin')::date",
                        "'um 12:30 Uhr, it''s :fine'",
                        "-- :notAParameter here",
                        "/* nor :this */",
                        "\"odd:name\", ?");
    }

    @Test
    void aNameGivenTwiceIsAMistakeNotAnOverride() {
        assertThatThrownBy(() -> Params.of("today", LocalDate.of(2026, 3, 2)).and("today", LocalDate.of(2026, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":today");
    }
}
