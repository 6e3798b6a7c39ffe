package de.lotse.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One benchmark run on one machine, against a system started by {@code ./lotse run}:
 * <ol type="a">
 *   <li>a pgbench-style baseline: one case row + one jsonb outbox row per transaction, plain JDBC;</li>
 *   <li>the referral/admission write API (two writes per customer) at 8 and 32 concurrent clients;</li>
 *   <li>{@code case-opened} propagation from intake's commit to the reporting read model.</li>
 * </ol>
 * Prints figures and a Markdown table; asserts nothing.
 */
public final class Benchmark {
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String PAYLOAD = "{\"eventId\":\"%s\",\"eventType\":\"case-opened\",\"eventVersion\":1,"
            + "\"occurredAt\":\"2026-11-22T10:00:00Z\",\"producer\":\"bench\",\"jobcenterId\":\"jc-bench\","
            + "\"caseId\":\"%s\",\"correlationId\":\"%s\",\"payload\":{\"caseId\":\"%s\",\"customerRef\":\"%s\","
            + "\"teamId\":\"team-fm-1\",\"caseManagerId\":\"fm-anna\",\"route\":\"AV\",\"ageGroup\":\"UE25\","
            + "\"policyVersion\":0,\"admittedOn\":\"2026-11-22\",\"admittedAt\":\"2026-11-22T10:00:00Z\"}}";

    private final String jdbcBase = setting("bench.jdbc", "BENCH_JDBC", "jdbc:postgresql://127.0.0.1:15432/");
    private final String intake = setting("bench.intake", "BENCH_INTAKE", "http://127.0.0.1:8081");
    private final Duration baselineDuration = Duration.parse(setting("bench.baseline", "BENCH_BASELINE", "PT15S"));
    private final Duration apiDuration = Duration.parse(setting("bench.api", "BENCH_API", "PT20S"));
    private final Duration warmup = Duration.parse(setting("bench.warmup", "BENCH_WARMUP", "PT3S"));
    private final String avToken = requireEnv("AV_TOKEN");
    private final String fmToken = requireEnv("FM_TOKEN");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong customerSequence = new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000L));

    public static void main(String[] args) throws Exception {
        new Benchmark().run();
    }

    private void run() throws Exception {
        Map<Integer, double[]> baseline = new LinkedHashMap<>();
        System.out.println("== (a) baseline: 1 case row + 1 jsonb outbox row per transaction (JDBC) ==");
        prepareBaseline();
        for (int clients : new int[]{1, 8, 32}) {
            baseline.put(clients, baseline(clients));
        }
        System.out.println("\n== (b) write API: referral (AV) + admission (FM), " + apiDuration.toSeconds() + " s each ==");
        Map<Integer, ApiResult> api = new LinkedHashMap<>();
        for (int clients : new int[]{8, 32}) {
            api.put(clients, api(clients));
        }
        System.out.println("\n== (c) case-opened propagation: intake commit -> reporting read model ==");
        List<UUID> loaded = new ArrayList<>();
        api.values().forEach(r -> loaded.addAll(r.admitted()));
        Figures underLoad = propagation(loaded);
        print("under load (cases of (b))", underLoad);
        Figures idle = propagation(sequentialAdmissions(50));
        print("idle (50 admissions, 100 ms apart)", idle);

        System.out.println("\n== ratio write API / baseline at the same number of clients ==");
        for (int clients : api.keySet()) {
            double ratio = api.get(clients).writesPerSecond() / baseline.get(clients)[0];
            System.out.printf("%2d clients: %.1f writes/s vs %.0f TPS = %.3f%n", clients,
                    api.get(clients).writesPerSecond(), baseline.get(clients)[0], ratio);
        }
        markdown(baseline, api, underLoad, idle);
    }

    // ---------------------------------------------------------------- (a)

    private void prepareBaseline() throws SQLException {
        try (Connection admin = DriverManager.getConnection(jdbcBase + "postgres", "postgres", "postgres");
             Statement statement = admin.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = 'bench'")) {
                if (!rs.next()) {
                    statement.execute("create database bench");
                }
            }
        }
        try (Connection connection = bench(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_case, bench_outbox");
            statement.execute("create table bench_case (id uuid primary key, jobcenter_id varchar(50) not null, "
                    + "customer_id uuid not null, status varchar(20) not null, route varchar(40) not null, "
                    + "team_id varchar(50) not null, admitted_on date, admitted_at timestamptz not null)");
            statement.execute("create table bench_outbox (id uuid primary key, seq bigserial, aggregatetype varchar(100) "
                    + "not null, aggregateid varchar(100) not null, type varchar(100) not null, payload jsonb not null, "
                    + "timestamp timestamptz not null default now(), sent_at timestamptz)");
            statement.execute("create index bench_outbox_unsent on bench_outbox (seq) where sent_at is null");
        }
    }

    private Connection bench() throws SQLException {
        return DriverManager.getConnection(jdbcBase + "bench", "postgres", "postgres");
    }

    private double[] baseline(int clients) throws Exception {
        Figures figures = new Figures();
        Instant measureFrom = Instant.now().plus(warmup);
        Instant until = measureFrom.plus(baselineDuration);
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(started(() -> {
                try (Connection connection = bench();
                     PreparedStatement caseRow = connection.prepareStatement("insert into bench_case values "
                             + "(?, 'jc-bench', ?, 'ADMITTED', 'AV', 'team-fm-1', current_date, now())");
                     PreparedStatement outboxRow = connection.prepareStatement("insert into bench_outbox "
                             + "(id, aggregatetype, aggregateid, type, payload) values (?, 'case-opened', ?, "
                             + "'case-opened', ?::jsonb)")) {
                    connection.setAutoCommit(false);
                    while (Instant.now().isBefore(until)) {
                        long start = System.nanoTime();
                        UUID caseId = UUID.randomUUID();
                        caseRow.setObject(1, caseId);
                        caseRow.setObject(2, UUID.randomUUID());
                        caseRow.executeUpdate();
                        UUID eventId = UUID.randomUUID();
                        outboxRow.setObject(1, eventId);
                        outboxRow.setString(2, caseId.toString());
                        outboxRow.setString(3, PAYLOAD.formatted(eventId, caseId, eventId, caseId, UUID.randomUUID()));
                        outboxRow.executeUpdate();
                        connection.commit();
                        if (Instant.now().isAfter(measureFrom)) {
                            figures.record(System.nanoTime() - start);
                            done.incrementAndGet();
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double tps = done.get() / (double) baselineDuration.toMillis() * 1000;
        System.out.printf("%2d clients: %8.0f TPS   p50 %6.2f ms   p99 %6.2f ms%n", clients, tps,
                figures.p50Millis(), figures.p99Millis());
        return new double[]{tps, figures.p50Millis(), figures.p99Millis()};
    }

    // ---------------------------------------------------------------- (b)

    record ApiResult(int clients, double writesPerSecond, double pairsPerSecond, Figures referral, Figures admission,
                     long errors, List<UUID> admitted) {
    }

    private ApiResult api(int clients) throws Exception {
        Figures referral = new Figures();
        Figures admission = new Figures();
        AtomicLong writes = new AtomicLong();
        AtomicLong pairs = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<UUID> admitted = new ConcurrentLinkedQueue<>();
        Map<Integer, String> firstErrors = new ConcurrentHashMap<>();
        Instant measureFrom = Instant.now().plus(warmup);
        Instant until = measureFrom.plus(apiDuration);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(started(() -> {
                while (Instant.now().isBefore(until)) {
                    boolean measured = Instant.now().isAfter(measureFrom);
                    long start = System.nanoTime();
                    HttpResponse<String> referred = post("/api/referrals", avToken, referralBody());
                    long referredAt = System.nanoTime();
                    if (referred == null || referred.statusCode() != 201) {
                        error(referred, errors, firstErrors);
                        continue;
                    }
                    Matcher id = CASE_ID.matcher(referred.body());
                    if (!id.find()) {
                        errors.incrementAndGet();
                        continue;
                    }
                    HttpResponse<String> admittedResponse = post("/api/cases/" + id.group(1) + "/admission", fmToken,
                            "{\"customerWilling\":true}");
                    long admittedAt = System.nanoTime();
                    if (admittedResponse == null || admittedResponse.statusCode() != 200) {
                        error(admittedResponse, errors, firstErrors);
                        continue;
                    }
                    admitted.add(UUID.fromString(id.group(1)));
                    if (measured) {
                        referral.record(referredAt - start);
                        admission.record(admittedAt - referredAt);
                        writes.addAndGet(2);
                        pairs.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = apiDuration.toMillis() / 1000.0;
        ApiResult result = new ApiResult(clients, writes.get() / seconds, pairs.get() / seconds, referral, admission,
                errors.get(), List.copyOf(admitted));
        System.out.printf("%2d clients: %7.1f writes/s (%6.1f referral+admission pairs/s)   referral p50 %6.2f ms "
                        + "p99 %6.2f ms   admission p50 %6.2f ms p99 %6.2f ms   errors %d%n", clients,
                result.writesPerSecond(), result.pairsPerSecond(), referral.p50Millis(), referral.p99Millis(),
                admission.p50Millis(), admission.p99Millis(), errors.get());
        firstErrors.forEach((status, body) -> System.out.println("   first HTTP " + status + ": " + body));
        return result;
    }

    private void error(HttpResponse<String> response, AtomicLong errors, Map<Integer, String> firstErrors) {
        errors.incrementAndGet();
        int status = response == null ? -1 : response.statusCode();
        firstErrors.putIfAbsent(status, response == null ? "no response" : response.body());
    }

    private String referralBody() {
        long number = customerSequence.incrementAndGet() % 1_000_000_000L;
        String customerNumber = String.format("%03dB%06d", number / 1_000_000, number % 1_000_000);
        return """
                {"customerNumber":"%s","firstName":"Bench","lastName":"Mark","dateOfBirth":"1981-06-15",
                 "route":"AV","reasons":["MIN_CRITERIA_MET","PROGRESS_EXPECTED"],"teamId":"team-fm-1"}"""
                .formatted(customerNumber);
    }

    private HttpResponse<String> post(String path, String token, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(intake + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- (c)

    private List<UUID> sequentialAdmissions(int count) throws InterruptedException {
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> referred = post("/api/referrals", avToken, referralBody());
            if (referred != null && referred.statusCode() == 201) {
                Matcher id = CASE_ID.matcher(referred.body());
                if (id.find()) {
                    HttpResponse<String> admitted = post("/api/cases/" + id.group(1) + "/admission", fmToken,
                            "{\"customerWilling\":true}");
                    if (admitted != null && admitted.statusCode() == 200) {
                        cases.add(UUID.fromString(id.group(1)));
                    }
                }
            }
            Thread.sleep(100);
        }
        return cases;
    }

    private Figures propagation(List<UUID> cases) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        Map<UUID, Instant> recorded = new HashMap<>();
        try (Connection reporting = DriverManager.getConnection(jdbcBase + "reporting", "postgres", "postgres");
             Connection intakeDb = DriverManager.getConnection(jdbcBase + "intake", "postgres", "postgres")) {
            while (Instant.now().isBefore(deadline)) {
                recorded = times(reporting, "select case_id, recorded_at from caseload_case where case_id = any(?)",
                        cases);
                if (recorded.size() == cases.size()) {
                    break;
                }
                Thread.sleep(250);
            }
            Map<UUID, Instant> committed = times(intakeDb,
                    "select id, admitted_at from bfm_case where id = any(?)", cases);
            Figures figures = new Figures();
            for (Map.Entry<UUID, Instant> entry : recorded.entrySet()) {
                Instant admittedAt = committed.get(entry.getKey());
                if (admittedAt != null) {
                    figures.record(Duration.between(admittedAt, entry.getValue()).toNanos());
                }
            }
            if (recorded.size() < cases.size()) {
                System.out.printf("   MISSING in reporting after 60 s: %d of %d%n", cases.size() - recorded.size(),
                        cases.size());
            }
            return figures;
        }
    }

    private static Map<UUID, Instant> times(Connection connection, String sql, List<UUID> ids) throws SQLException {
        Map<UUID, Instant> times = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            statement.setArray(1, array);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    times.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return times;
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static void print(String label, Figures figures) {
        System.out.printf("%-36s n=%5d   p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms%n", label, figures.count(),
                figures.p50Millis(), figures.p99Millis(), figures.maxMillis());
    }

    // ---------------------------------------------------------------- report

    private void markdown(Map<Integer, double[]> baseline, Map<Integer, ApiResult> api, Figures underLoad,
                          Figures idle) {
        StringBuilder md = new StringBuilder();
        md.append("\n<!-- benchmark output ").append(LocalDate.now()).append(" -->\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", run ").append(Instant.now()).append("\n\n");
        md.append("| (a) baseline: case + outbox row per tx | TPS | p50 ms | p99 ms |\n|---|---:|---:|---:|\n");
        baseline.forEach((clients, f) -> md.append(String.format("| %d clients | %.0f | %.2f | %.2f |%n",
                clients, f[0], f[1], f[2])));
        md.append("\n| (b) write API | writes/s | pairs/s | referral p50 / p99 ms | admission p50 / p99 ms | errors "
                + "| (b)/(a) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        api.forEach((clients, r) -> md.append(String.format("| %d clients | %.1f | %.1f | %.1f / %.1f | %.1f / %.1f "
                        + "| %d | %.3f |%n", clients, r.writesPerSecond(), r.pairsPerSecond(), r.referral().p50Millis(),
                r.referral().p99Millis(), r.admission().p50Millis(), r.admission().p99Millis(), r.errors(),
                r.writesPerSecond() / baseline.get(clients)[0])));
        md.append("\n| (c) case-opened propagation | n | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        md.append(String.format("| under load (cases of (b)) | %d | %.1f | %.1f | %.1f |%n", underLoad.count(),
                underLoad.p50Millis(), underLoad.p99Millis(), underLoad.maxMillis()));
        md.append(String.format("| idle (sequential, 100 ms apart) | %d | %.1f | %.1f | %.1f |%n", idle.count(),
                idle.p50Millis(), idle.p99Millis(), idle.maxMillis()));
        System.out.println(md);
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String requireEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " not set (benchmark/run.sh sets it)");
        }
        return value;
    }
}
