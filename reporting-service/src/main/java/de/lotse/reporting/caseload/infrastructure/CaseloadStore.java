package de.lotse.reporting.caseload.infrastructure;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.reporting.caseload.domain.AgeGroup;
import de.lotse.reporting.caseload.domain.CaseloadGrouping;
import de.lotse.reporting.caseload.domain.CaseloadLine;
import de.lotse.reporting.caseload.domain.CaseloadScope;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code caseload_case} read model table: one row per case, filled by whichever event comes first. */
@Singleton
public class CaseloadStore {
    private final Statements sql;

    CaseloadStore(Statements sql) {
        this.sql = sql;
    }

    /**
     * Records the opening of a case; must run in the caller's (inbox) transaction.
     *
     * <p>A row for the case may already exist, created by an event of another topic that arrived
     * first (case-closed, later issues): the opening facts are then filled in, and values that
     * such an event set are kept, because assignment, transfer and closure are all newer than the
     * opening. The age group goes by time (an older referral's gives way, a newer transfer's stays). A second opening of the same case (a replay under a new event id) changes nothing,
     * so applying case-opened is idempotent even without the inbox.
     */
    public void recordOpened(String jobcenterId, UUID eventId, CaseOpened opened, AgeGroup ageGroup) {
        sql.update(
                """
                insert into caseload_case (case_id, jobcenter_id, team_id, case_manager_id, age_group, route,
                                           admitted_on, opened_at, opened_event_id, policy_version,
                                           first_consultation_due_on, max_duration_ends_on, age_group_at)
                values (:case_id, :jobcenter_id, :team_id, :case_manager_id, :age_group, :route,
                        :admitted_on, :opened_at, :opened_event_id, :policy_version,
                        :first_consultation_due_on, :max_duration_ends_on, :age_group_at)
                on conflict (case_id) do update set
                    team_id         = coalesce(caseload_case.team_id, excluded.team_id),
                    case_manager_id = coalesce(caseload_case.case_manager_id, excluded.case_manager_id),
                    age_group       = case when caseload_case.age_group_at is null
                                             or caseload_case.age_group_at < excluded.age_group_at
                                           then excluded.age_group else caseload_case.age_group end,
                    age_group_at    = greatest(caseload_case.age_group_at, excluded.age_group_at),
                    route           = excluded.route,
                    admitted_on     = excluded.admitted_on,
                    opened_at       = excluded.opened_at,
                    opened_event_id = excluded.opened_event_id,
                    policy_version  = excluded.policy_version,
                    first_consultation_due_on = coalesce(caseload_case.first_consultation_due_on,
                                                         excluded.first_consultation_due_on),
                    max_duration_ends_on = excluded.max_duration_ends_on,
                    recorded_at     = now()
                where caseload_case.opened_event_id is null""",
                Params.of("case_id", opened.caseId())
                        .and("jobcenter_id", jobcenterId)
                        .and("team_id", opened.teamId())
                        .and("case_manager_id", opened.caseManagerId())
                        .and("age_group", ageGroup)
                        .and("route", opened.route())
                        .and("admitted_on", opened.admittedOn())
                        .and("opened_at", opened.admittedAt())
                        .and("opened_event_id", eventId)
                        .and("policy_version", opened.policyVersion())
                        .and("first_consultation_due_on", opened.firstConsultationDueOn())
                        .and("max_duration_ends_on", opened.maxDurationEndsOn())
                        .and("age_group_at", opened.admittedAt()));
    }

    /** Open cases per key, and the whole scope as one line (key {@code null}). */
    public record Counts(List<CaseloadLine> lines, CaseloadLine total) {}

    /**
     * Open cases in the scope, counted per key, with the distinct case managers holding them, plus
     * the scope's total in the same query (a grouping set): the total's case managers are counted
     * once even if they hold cases in several teams, which summing the team lines could not do.
     * Open means: opened and not closed; a row that so far holds only facts of other events is not
     * a case in the caseload yet. Served by the partial indexes of V2 (jobcenter, key, age group),
     * so a request never scans the table.
     */
    @ReadOnly
    public Counts openCases(CaseloadScope scope, CaseloadGrouping grouping) {
        List<CaseloadLine> lines = new ArrayList<>();
        CaseloadLine total = new CaseloadLine(null, 0, 0, 0, 0);
        Params params = Params.of("jobcenterId", scope.jobcenterId())
                .and("teamId", scope.teamId())
                .and("caseManagerId", scope.caseManagerId());
        for (Counted counted : sql.query(
                openCasesSql(scope, grouping),
                params,
                rs -> new Counted(
                        rs.getInt(6) == 1,
                        new CaseloadLine(
                                rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))) {
            if (counted.total()) {
                total = counted.line();
            } else {
                lines.add(counted.line());
            }
        }
        return new Counts(lines, total);
    }

    private record Counted(boolean total, CaseloadLine line) {}

    /** The query for a scope and grouping; package-private so a test can check its plan uses an index. */
    static String openCasesSql(CaseloadScope scope, CaseloadGrouping grouping) {
        // one of two fixed column names, never user input
        String key = switch (grouping) {
            case CASE_MANAGER -> "case_manager_id";
            case TEAM -> "team_id";
        };
        // grouping(key) = 1 marks the row of the empty grouping set (the total), which PostgreSQL
        // returns even when the scope has no open case
        return "select " + key + ", count(*),"
                + " count(*) filter (where age_group = 'U25'), count(*) filter (where age_group = 'UE25'),"
                + " count(distinct case_manager_id), grouping(" + key + ")"
                + " from caseload_case"
                + " where jobcenter_id = :jobcenterId and opened_at is not null and closed_at is null"
                + (scope.teamId() != null ? " and team_id = :teamId" : "")
                + (scope.caseManagerId() != null ? " and case_manager_id = :caseManagerId" : "")
                + " group by grouping sets ((" + key + "), ())";
    }
}
