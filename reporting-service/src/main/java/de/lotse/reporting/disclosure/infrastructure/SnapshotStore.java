package de.lotse.reporting.disclosure.infrastructure;

import de.lotse.platform.jdbc.Sql;
import de.lotse.reporting.disclosure.application.StockFigures;
import de.lotse.reporting.quality.domain.Finding;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
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
    private final JdbcOperations jdbc;
    private final JsonMapper json;

    SnapshotStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every read of the transaction sees the same state (PostgreSQL's repeatable read); call first. */
    public void sameStateThroughout() {
        Sql.update(jdbc, "set transaction isolation level repeatable read", statement -> { });
    }

    public <T> Optional<T> part(String scope, LocalDate date, String part, Class<T> type) {
        return Sql.query(jdbc, "select body::text from reporting_snapshot where scope = ? and reporting_date = ? "
                + "and part = ?", statement -> {
            statement.setString(1, scope);
            statement.setObject(2, date);
            statement.setString(3, part);
        }, rs -> read(rs.getString(1), type)).stream().findFirst();
    }

    /** The parts whose names lie between the two (inclusive), in name order. */
    public <T> List<T> parts(String scope, LocalDate date, String from, String to, Class<T> type) {
        return Sql.query(jdbc, "select body::text from reporting_snapshot where scope = ? and reporting_date = ? "
                + "and part between ? and ? order by part", statement -> {
            statement.setString(1, scope);
            statement.setObject(2, date);
            statement.setString(3, from);
            statement.setString(4, to);
        }, rs -> read(rs.getString(1), type));
    }

    /**
     * Stores the parts of a date unless its first part is there already (another instance or request took
     * the date first: waits for it, then leaves it as it is). Returns whether these parts were stored.
     */
    public boolean saveIfAbsent(String scope, LocalDate date, Instant takenAt, Map<String, Object> parts) {
        boolean first = true;
        for (Map.Entry<String, Object> part : parts.entrySet()) {
            int inserted = Sql.update(jdbc, "insert into reporting_snapshot (scope, reporting_date, part, taken_at, body) "
                    + "values (?, ?, ?, ?, ?::jsonb) on conflict do nothing", statement -> {
                statement.setString(1, scope);
                statement.setObject(2, date);
                statement.setString(3, part.getKey());
                statement.setTimestamp(4, Timestamp.from(takenAt));
                statement.setString(5, write(part.getValue()));
            });
            if (first && inserted == 0) {
                return false;
            }
            first = false;
        }
        return true;
    }

    /** Drops the dates before the given one (only the current reporting date is served). */
    public void forgetBefore(String scope, LocalDate date) {
        Sql.update(jdbc, "delete from reporting_snapshot where scope = ? and reporting_date < ?", statement -> {
            statement.setString(1, scope);
            statement.setObject(2, date);
        });
    }

    /** Open cases per team and case manager, split by age group (U25, and everything else as Ü25). */
    public List<StockFigures.Pair> pairs(String jobcenterId) {
        return Sql.query(jdbc, """
                select team_id, case_manager_id, count(*) filter (where age_group = 'U25'),
                       count(*) filter (where age_group is distinct from 'U25')
                from caseload_case
                where jobcenter_id = ? and opened_at is not null and closed_at is null
                group by team_id, case_manager_id order by team_id, case_manager_id""",
                statement -> statement.setString(1, jobcenterId),
                rs -> new StockFigures.Pair(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /** Each team's waiting referrals and cases per finding, from the counters. */
    public List<StockFigures.TeamCounts> teamCounts(String jobcenterId) {
        StringBuilder sql = new StringBuilder("select team_id, sum(referred)");
        for (Finding f : Finding.values()) {
            sql.append(", sum(").append(f.name().toLowerCase(java.util.Locale.ROOT)).append(')');
        }
        sql.append(" from quality_tally where jobcenter_id = ? group by team_id order by team_id");
        return Sql.query(jdbc, sql.toString(), statement -> statement.setString(1, jobcenterId), rs -> {
            Map<String, Long> findings = new LinkedHashMap<>();
            for (Finding f : Finding.values()) {
                findings.put(f.name(), rs.getLong(3 + f.ordinal()));
            }
            return new StockFigures.TeamCounts(rs.getString(1), rs.getLong(2), findings);
        });
    }

    /** Whether the Jobcenter admitted a case before the day. */
    public boolean casesBefore(String jobcenterId, LocalDate day) {
        return Sql.query(jdbc, "select exists (select 1 from caseload_case where jobcenter_id = ? "
                + "and opened_at is not null and admitted_on < ?)", statement -> {
            statement.setString(1, jobcenterId);
            statement.setObject(2, day);
        }, rs -> rs.getBoolean(1)).get(0);
    }

    /** Every Jobcenter reporting knows of: with a policy, with counters or with non-referrals. */
    public Set<String> jobcenters() {
        return new TreeSet<>(Sql.query(jdbc, "select jobcenter_id from policy_reference union "
                + "select distinct jobcenter_id from quality_tally union "
                + "select distinct jobcenter_id from report_non_referral", statement -> { }, rs -> rs.getString(1)));
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
