package de.lotse.reporting.snapshots.infrastructure;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.reporting.disclosure.application.StockFigures;
import de.lotse.reporting.quality.domain.Finding;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stored figures of each reporting date ({@code reporting_snapshot}) and the reads that take them from
 * the read model. Callers run these in their transactions.
 */
@Singleton
public class SnapshotStore {
    private final Statements sql;
    private final JsonMapper json;

    SnapshotStore(Statements sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** Every read of the transaction sees the same state (PostgreSQL's repeatable read); call first. */
    public void sameStateThroughout() {
        sql.update("set transaction isolation level repeatable read", Params.none());
    }

    public <T> Optional<T> part(String scope, LocalDate date, String part, Class<T> type) {
        return sql
                .query(
                        "select body::text from reporting_snapshot where scope = :scope and reporting_date = :date "
                                + "and part = :part",
                        Params.of("scope", scope).and("date", date).and("part", part),
                        rs -> read(rs.getString(1), type))
                .stream()
                .findFirst();
    }

    /** The parts whose names lie between the two (inclusive), in name order. */
    public <T> List<T> parts(String scope, LocalDate date, String from, String to, Class<T> type) {
        return sql.query(
                "select body::text from reporting_snapshot where scope = :scope and reporting_date = :date "
                        + "and part between :from and :to order by part",
                Params.of("scope", scope).and("date", date).and("from", from).and("to", to),
                rs -> read(rs.getString(1), type));
    }

    /**
     * Stores the parts of a date unless its first part is there already (another instance or request took
     * the date first: waits for it, then leaves it as it is). Returns whether these parts were stored.
     */
    public boolean saveIfAbsent(String scope, LocalDate date, Instant takenAt, Map<String, Object> parts) {
        boolean first = true;
        for (Map.Entry<String, Object> part : parts.entrySet()) {
            int inserted = sql.update(
                    "insert into reporting_snapshot (scope, reporting_date, part, taken_at, body) "
                            + "values (:scope, :date, :part, :takenAt, :body::jsonb) on conflict do nothing",
                    Params.of("scope", scope)
                            .and("date", date)
                            .and("part", part.getKey())
                            .and("takenAt", takenAt)
                            .and("body", write(part.getValue())));
            if (first && inserted == 0) {
                return false;
            }
            first = false;
        }
        return true;
    }

    /** Drops the dates before the given one (only the current reporting date is served). */
    public void forgetBefore(String scope, LocalDate date) {
        sql.update(
                "delete from reporting_snapshot where scope = :scope and reporting_date < :date",
                Params.of("scope", scope).and("date", date));
    }

    /** Open cases per team and case manager, split by age group (U25, and everything else as Ü25). */
    public List<StockFigures.Pair> pairs(String jobcenterId) {
        return sql.query(
                """
                select team_id, case_manager_id, count(*) filter (where age_group = 'U25'),
                       count(*) filter (where age_group is distinct from 'U25')
                from caseload_case
                where jobcenter_id = :jobcenterId and opened_at is not null and closed_at is null
                group by team_id, case_manager_id order by team_id, case_manager_id""",
                Params.of("jobcenterId", jobcenterId),
                rs -> new StockFigures.Pair(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /** Each team's waiting referrals and cases per finding, from the counters. */
    public List<StockFigures.TeamCounts> teamCounts(String jobcenterId) {
        StringBuilder query = new StringBuilder("select team_id, sum(referred)");
        for (Finding f : Finding.values()) {
            query.append(", sum(")
                    .append(f.name().toLowerCase(java.util.Locale.ROOT))
                    .append(')');
        }
        query.append(" from quality_tally where jobcenter_id = :jobcenterId group by team_id order by team_id");
        return sql.query(query.toString(), Params.of("jobcenterId", jobcenterId), rs -> {
            Map<String, Long> findings = new LinkedHashMap<>();
            for (Finding f : Finding.values()) {
                findings.put(f.name(), rs.getLong(3 + f.ordinal()));
            }
            return new StockFigures.TeamCounts(rs.getString(1), rs.getLong(2), findings);
        });
    }

    /** Whether the Jobcenter admitted a case before the day. */
    public boolean casesBefore(String jobcenterId, LocalDate day) {
        return sql.query(
                        "select exists (select 1 from caseload_case where jobcenter_id = :jobcenterId "
                                + "and opened_at is not null and admitted_on < :day)",
                        Params.of("jobcenterId", jobcenterId).and("day", day),
                        rs -> rs.getBoolean(1))
                .get(0);
    }

    /** Every Jobcenter reporting knows of: with a policy, with counters or with non-referrals. */
    public Set<String> jobcenters() {
        return new TreeSet<>(sql.query(
                "select jobcenter_id from policy_reference union "
                        + "select distinct jobcenter_id from quality_tally union "
                        + "select distinct jobcenter_id from report_non_referral",
                Params.none(),
                rs -> rs.getString(1)));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
