package de.lotse.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * (a) pgbench-style baseline in the scratch database {@code bench}: each transaction inserts one
 * case row and one outbox row with a jsonb payload of about 600 bytes and commits. Plain JDBC,
 * autocommit off, prepared statements, one connection per client: what the write path of a
 * service costs at least, on the same PostgreSQL.
 */
final class Baseline {
    record Result(int clients, long transactions, double tps, Figures latency, long errors, String firstError) {}

    private final Settings settings;
    private final String payloadTemplate;

    Baseline(Settings settings) {
        this.settings = settings;
        this.payloadTemplate = payloadTemplate();
    }

    /** Size of one outbox payload in bytes (UTF-8, before jsonb encoding). */
    int payloadBytes() {
        UUID id = UUID.randomUUID();
        return payload(id, id).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** Creates the database {@code bench} if missing and (re)creates its two tables. */
    void prepare() throws SQLException {
        try (Connection admin = connect("postgres");
                Statement statement = admin.createStatement()) {
            boolean exists;
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = 'bench'")) {
                exists = rs.next();
            }
            if (!exists) {
                statement.execute("create database bench");
            }
        }
        try (Connection connection = connect("bench");
                Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_case, bench_outbox");
            // shaped like intake's bfm_case (a few columns fewer) and platform's outbox_event
            statement.execute("""
                    create table bench_case (
                        id           uuid primary key,
                        jobcenter_id varchar(50) not null,
                        customer_id  uuid        not null,
                        status       varchar(20) not null,
                        route        varchar(40) not null,
                        team_id      varchar(50) not null,
                        referred_by  varchar(150) not null,
                        admitted_on  date,
                        admitted_at  timestamptz)""");
            statement.execute("""
                    create table bench_outbox (
                        id            uuid primary key,
                        seq           bigserial    not null,
                        aggregatetype varchar(100) not null,
                        aggregateid   varchar(100) not null,
                        type          varchar(100) not null,
                        payload       jsonb        not null,
                        timestamp     timestamptz  not null default now(),
                        sent_at       timestamptz)""");
            statement.execute("create index bench_outbox_unsent on bench_outbox (seq) where sent_at is null");
        }
    }

    Result run(int clients) throws Exception {
        try (Connection connection = connect("bench");
                Statement statement = connection.createStatement()) {
            statement.execute("truncate bench_case, bench_outbox");
        }
        // connect all clients first, then start them together: connection setup is not measured
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                connections.add(connect("bench"));
            }
            CountDownLatch go = new CountDownLatch(1);
            long[] window = new long[2];
            List<Worker> workers = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (Connection connection : connections) {
                Worker worker = new Worker(connection, go, window);
                workers.add(worker);
                Thread thread = new Thread(worker, "baseline-" + threads.size());
                threads.add(thread);
                thread.start();
            }
            window[0] = System.nanoTime() + settings.warmup().toNanos();
            window[1] = window[0] + settings.baselineDuration().toNanos();
            go.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            Figures latency = new Figures();
            long errors = 0;
            String firstError = null;
            for (Worker worker : workers) {
                latency.add(worker.latency);
                errors += worker.errors;
                if (firstError == null) {
                    firstError = worker.firstError.get();
                }
            }
            double tps = latency.count() / (settings.baselineDuration().toNanos() / 1e9);
            return new Result(clients, latency.count(), tps, latency, errors, firstError);
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private final class Worker implements Runnable {
        private final Connection connection;
        private final CountDownLatch go;
        private final long[] window;
        final Figures latency = new Figures();
        long errors;
        final AtomicReference<String> firstError = new AtomicReference<>();

        Worker(Connection connection, CountDownLatch go, long[] window) {
            this.connection = connection;
            this.go = go;
            this.window = window;
        }

        @Override
        public void run() {
            try (PreparedStatement caseRow = connection.prepareStatement("""
                    insert into bench_case (id, jobcenter_id, customer_id, status, route, team_id, referred_by,
                                            admitted_on, admitted_at)
                    values (?, ?, ?, 'ADMITTED', 'AV', 'team-fm-1', 'av-bench', ?, now())""");
                    PreparedStatement outboxRow = connection.prepareStatement("""
                         insert into bench_outbox (id, aggregatetype, aggregateid, type, payload)
                         values (?, 'case-opened', ?, 'case-opened', ?::jsonb)""")) {
                connection.setAutoCommit(false);
                go.await();
                long measureFrom = window[0];
                long end = window[1];
                LocalDate today = LocalDate.now();
                while (true) {
                    long start = System.nanoTime();
                    if (start >= end) {
                        break;
                    }
                    UUID caseId = UUID.randomUUID();
                    UUID eventId = UUID.randomUUID();
                    try {
                        caseRow.setObject(1, caseId);
                        caseRow.setString(2, "jc-bench");
                        caseRow.setObject(3, UUID.randomUUID());
                        caseRow.setObject(4, today);
                        caseRow.executeUpdate();
                        outboxRow.setObject(1, eventId);
                        outboxRow.setString(2, caseId.toString());
                        outboxRow.setString(3, payload(eventId, caseId));
                        outboxRow.executeUpdate();
                        connection.commit();
                    } catch (SQLException e) {
                        errors++;
                        firstError.compareAndSet(null, e.toString());
                        try {
                            connection.rollback();
                        } catch (SQLException ignored) {
                            // the next statement reports a broken connection
                        }
                        continue;
                    }
                    long done = System.nanoTime();
                    if (done >= measureFrom && done <= end) {
                        latency.record(done - start);
                    }
                }
            } catch (SQLException | InterruptedException e) {
                errors++;
                firstError.compareAndSet(null, e.toString());
            }
        }
    }

    private String payload(UUID eventId, UUID caseId) {
        return payloadTemplate.formatted(eventId, caseId, eventId, caseId, caseId);
    }

    /** An event envelope shaped like intake's case-opened (about 610 bytes there), padded to 600 bytes. */
    private static String payloadTemplate() {
        String template = "{\"eventId\":\"%s\",\"eventType\":\"case-opened\",\"eventVersion\":1,"
                + "\"occurredAt\":\"2026-11-22T10:00:00.123456Z\",\"producer\":\"intake-service\","
                + "\"jobcenterId\":\"jc-bench\",\"aggregateId\":\"%s\",\"correlationId\":\"%s\","
                + "\"payload\":{\"caseId\":\"%s\",\"customerRef\":\"%s\",\"teamId\":\"team-fm-1\","
                + "\"caseManagerId\":\"fm-anna\",\"route\":\"AV\",\"ageGroup\":\"UE25\",\"policyVersion\":1,"
                + "\"admittedOn\":\"2026-11-22\",\"admittedAt\":\"2026-11-22T10:00:00.123456Z\",\"note\":\"%s\"}}";
        int withoutNote = template.formatted("", "", "", "", "", "").length() + 5 * 36;
        return template.replace("\"note\":\"%s\"", "\"note\":\"" + "x".repeat(Math.max(0, 600 - withoutNote)) + "\"");
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(settings.jdbcBase() + database, settings.dbUser(), settings.dbPassword());
    }
}
