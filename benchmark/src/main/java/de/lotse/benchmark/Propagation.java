package de.lotse.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * (c) case-opened propagation: for each admitted case, {@code reporting.caseload_case.recorded_at}
 * ({@code now()} of the consuming transaction) minus {@code intake.bfm_case.admitted_at} (set by
 * intake just before its transaction commits). Both databases live on the same PostgreSQL, so both
 * times come from the same clock. A row counts as arrived once case-opened was applied to it
 * ({@code opened_event_id} set; another event may have created the row earlier).
 */
final class Propagation {
    /** The latencies of the cases that arrived; {@code missing} did not arrive before the timeout. */
    record Result(String label, int cases, int missing, Figures latency, long negative) {}

    private final Settings settings;
    private final Map<UUID, Instant> admittedAt = new HashMap<>();
    private final Map<UUID, Instant> recordedAt = new HashMap<>();
    private Duration waited = Duration.ZERO;

    Propagation(Settings settings) {
        this.settings = settings;
    }

    Duration waited() {
        return waited;
    }

    /** Waits until all cases have arrived in the read model or the timeout has passed, then reads both times. */
    void collect(List<UUID> cases) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + settings.propagationTimeout().toNanos();
        try (Connection reporting = connect("reporting");
                Connection intake = connect("intake")) {
            while (true) {
                long arrived = count(reporting, cases);
                if (arrived >= cases.size() || System.nanoTime() >= deadline) {
                    break;
                }
                Thread.sleep(200);
            }
            waited = Duration.ofNanos(System.nanoTime() - started);
            recordedAt.putAll(times(
                    reporting,
                    "select case_id, recorded_at from caseload_case "
                            + "where case_id = any(?) and opened_event_id is not null",
                    cases));
            admittedAt.putAll(times(
                    intake,
                    "select id, admitted_at from bfm_case " + "where id = any(?) and admitted_at is not null",
                    cases));
        }
    }

    /** Figures for some of the collected cases. */
    Result figures(String label, List<UUID> cases) {
        Figures latency = new Figures();
        int selected = 0;
        int missing = 0;
        long negative = 0;
        for (UUID id : cases) {
            selected++;
            Instant recorded = recordedAt.get(id);
            Instant admitted = admittedAt.get(id);
            if (recorded == null || admitted == null) {
                missing++;
                continue;
            }
            long nanos = Duration.between(admitted, recorded).toNanos();
            if (nanos < 0) {
                negative++;
            }
            latency.record(nanos);
        }
        return new Result(label, selected, missing, latency, negative);
    }

    private static long count(Connection connection, List<UUID> cases) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from caseload_case where case_id = any(?) and opened_event_id is not null")) {
            statement.setArray(1, uuids(connection, cases));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<UUID, Instant> times(Connection connection, String sql, List<UUID> cases) throws SQLException {
        Map<UUID, Instant> times = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, uuids(connection, cases));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    times.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return times;
    }

    private static Array uuids(Connection connection, List<UUID> cases) throws SQLException {
        return connection.createArrayOf("uuid", cases.toArray());
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(settings.jdbcBase() + database, settings.dbUser(), settings.dbPassword());
    }
}
