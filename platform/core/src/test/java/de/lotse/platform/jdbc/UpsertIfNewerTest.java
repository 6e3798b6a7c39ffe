package de.lotse.platform.jdbc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statement a read model's upsert runs (its effect on a real table: reporting's UpsertIfNewerIT): every column
 * bound by its own name, the key as conflict target, insert-only columns left out of the update, and the guard that
 * lets only a newer (or, with {@code earliestBy}, an earlier) fact through.
 */
class UpsertIfNewerTest {

    @Test
    void replacesTheColumnsItOwnsOnlyForANewerFact() {
        UpsertIfNewer upsert = UpsertIfNewer.into("caseload_case")
                .key("case_id")
                .insertOnly("jobcenter_id")
                .set("team_id", "case_manager_id")
                .newestBy("responsibility_at");

        assertThat(upsert.sql())
                .isEqualTo("insert into caseload_case (case_id, jobcenter_id, team_id, case_manager_id,"
                        + " responsibility_at) values (:case_id, :jobcenter_id, :team_id, :case_manager_id, :responsibility_at)"
                        + " on conflict (case_id) do update set team_id = excluded.team_id,"
                        + " case_manager_id = excluded.case_manager_id, responsibility_at = excluded.responsibility_at"
                        + " where caseload_case.responsibility_at is null"
                        + " or caseload_case.responsibility_at < excluded.responsibility_at");
        assertThat(upsert.columns())
                .containsExactly("case_id", "jobcenter_id", "team_id", "case_manager_id", "responsibility_at");
        assertThat(Statements.NamedSql.parse(upsert.sql()).names()).containsExactlyElementsOf(upsert.columns());
    }

    @Test
    void keepsAFilledColumnAndLetsTheEarliestWinWhenAsked() {
        UpsertIfNewer upsert = UpsertIfNewer.into("report_consent")
                .key("consent_id", "case_id")
                .fillIfEmpty("team_id")
                .earliestBy("ended_on");

        assertThat(upsert.sql())
                .contains("on conflict (consent_id, case_id) do update set ended_on = excluded.ended_on, "
                        + "team_id = coalesce(report_consent.team_id, excluded.team_id)")
                .endsWith("where report_consent.ended_on is null or report_consent.ended_on > excluded.ended_on");
    }

    @Test
    void refusesWhatWouldMakeAWrongStatement() {
        assertThatThrownBy(() -> UpsertIfNewer.into("t").set("a").newestBy("at"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> UpsertIfNewer.into("t").key("id").set("at").newestBy("at"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> UpsertIfNewer.into("t; drop table t").key("id").newestBy("at"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
