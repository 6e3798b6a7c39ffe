package de.lotse.benchmark;

import de.lotse.devinfra.DevTokens;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The reporting dashboards at national scale: loads synthetic read-model data (default 4 million cases
 * in 400 Jobcenters) into its own reporting database, waits until the reporting instance running on it
 * has evaluated every case under its Jobcenter's policy, then times the dashboard endpoints — per
 * Jobcenter (a random Jobcenter per request) and national — with 1 and 8 concurrent clients. It also
 * reads PostgreSQL's sequential-scan counters of the large tables around each endpoint, so a request
 * path that scans a whole table shows up in the figures. Prints figures; asserts nothing.
 *
 * <pre>ReportingScale   (settings: -Dscale.* or SCALE_*; see benchmark/reporting-scale.sh)</pre>
 */
public final class ReportingScale {
    private static final List<String> LARGE_TABLES = List.of(
            "caseload_case",
            "report_contact",
            "report_measure",
            "report_assessment",
            "report_referral",
            "case_quality");

    /** An idle PostgreSQL backend flushes its table statistics at most 10 s after its last query. */
    private static final long STATS_FLUSH_MILLIS = 11_000;

    private final String jdbcUrl;
    private final String reportingUrl;
    private final long cases;
    private final int jobcenters;
    private final int requests;
    private final int[] clients;
    private final Map<String, String> env = System.getenv();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ReportingScale() {
        jdbcUrl = setting("scale.jdbc.url", "SCALE_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/reporting_scale");
        reportingUrl = setting("scale.reporting.url", "SCALE_REPORTING_URL", "http://127.0.0.1:8096");
        cases = Long.parseLong(setting("scale.cases", "SCALE_CASES", "4000000"));
        jobcenters = Integer.parseInt(setting("scale.jobcenters", "SCALE_JOBCENTERS", "400"));
        requests = Integer.parseInt(setting("scale.requests", "SCALE_REQUESTS", "200"));
        clients = java.util.Arrays.stream(
                        setting("scale.clients", "SCALE_CLIENTS", "1,8").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    public static void main(String[] args) throws Exception {
        new ReportingScale().run();
    }

    private void run() throws Exception {
        // as the database's owner role, like a migration: the data set is loaded straight into the tables
        try (Connection db = DriverManager.getConnection(
                jdbcUrl,
                setting("scale.jdbc.user", "SCALE_JDBC_USER", "reporting_owner"),
                setting("scale.jdbc.password", "SCALE_JDBC_PASSWORD", "lotse-dev"))) {
            db.setAutoCommit(true);
            generateUnlessPresent(db);
            awaitEvaluated(db);
            String sizes = describeData(db);
            List<Row> rows = new ArrayList<>();
            for (Endpoint endpoint : endpoints()) {
                for (int c : clients) {
                    rows.add(measure(db, endpoint, c));
                }
            }
            print(sizes, rows);
        }
    }

    // ---------------------------------------------------------------- data

    private void generateUnlessPresent(Connection db) throws SQLException, IOException {
        try (Statement s = db.createStatement()) {
            s.execute("create table if not exists scale_dataset (cases bigint not null, jobcenters integer not null, "
                    + "generated_at timestamptz not null, seconds integer not null)");
            try (ResultSet rs = s.executeQuery("select cases, jobcenters, generated_at from scale_dataset")) {
                if (rs.next() && rs.getLong(1) == cases && rs.getInt(2) == jobcenters) {
                    log("data set present (" + cases + " cases, " + jobcenters + " Jobcenters, generated "
                            + rs.getObject(3) + "); SCALE_REGENERATE=true makes a new one");
                    if (!"true".equals(setting("scale.regenerate", "SCALE_REGENERATE", "false"))) {
                        return;
                    }
                }
            }
        }
        String script;
        try (InputStream in = ReportingScale.class.getResourceAsStream("/scale/generate.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${cases}", String.valueOf(cases))
                    .replace("${jobcenters}", String.valueOf(jobcenters));
        }
        long started = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("delete from scale_dataset");
            for (String statement : script.split("\n--;\n")) {
                String sql = statement
                        .lines()
                        .filter(l -> !l.startsWith("--"))
                        .reduce("", (a, b) -> a + b + "\n")
                        .trim();
                if (sql.isEmpty()) {
                    continue;
                }
                long t = System.nanoTime();
                int updated = s.executeUpdate(sql);
                log(String.format(
                        Locale.ROOT,
                        "%-60.60s %,12d rows %7.1f s",
                        sql.replaceAll("\\s+", " "),
                        updated,
                        (System.nanoTime() - t) / 1e9));
            }
            s.execute("insert into scale_dataset values (" + cases + ", " + jobcenters + ", now(), "
                    + (System.nanoTime() - started) / 1_000_000_000L + ")");
        }
        log(String.format(Locale.ROOT, "generated in %.0f s", (System.nanoTime() - started) / 1e9));
    }

    /**
     * The reporting instance evaluates every case under its Jobcenter's policy (its refresh job). Only the synthetic
     * Jobcenters count: a data set used before the instance had a broker of its own may hold other Jobcenters' cases
     * whose policy never comes. Ends with an error when nothing moves for {@code SCALE_STALL_SECONDS} (default 300;
     * the refresh job runs every 15 s), naming what is still pending, instead of waiting forever.
     */
    private void awaitEvaluated(Connection db) throws Exception {
        long started = System.nanoTime();
        long stall = Long.parseLong(setting("scale.stall.seconds", "SCALE_STALL_SECONDS", "300"));
        String synthetic = "jobcenter_id in (select id from scale_jobcenter)";
        long total = scalar(db, "select count(*) from case_quality where " + synthetic);
        String last = "";
        long lastChange = System.nanoTime();
        while (true) {
            long pending = scalar(db, "select count(*) from case_quality where policy_version = 0 and " + synthetic);
            long policiesPending = scalar(
                    db,
                    "select count(*) from policy_reference r left join quality_policy q "
                            + "using (jobcenter_id) where q.policy_version is distinct from r.policy_version and r."
                            + synthetic);
            long due =
                    scalar(db, "select count(*) from case_quality where changes_on <= current_date and " + synthetic);
            if (pending == 0 && policiesPending == 0 && due == 0) {
                break;
            }
            String state = pending + "/" + policiesPending + "/" + due;
            if (!state.equals(last)) {
                last = state;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > stall * 1_000_000_000L) {
                throw new IllegalStateException(String.format(
                        Locale.ROOT,
                        "the evaluation made no progress for %d s: %,d of %,d cases not evaluated, %d Jobcenters' "
                                + "policies pending, %,d due; not evaluated by Jobcenter: %s "
                                + "(is the reporting instance running? see .lotse/logs/reporting-scale.log)",
                        stall,
                        pending,
                        total,
                        policiesPending,
                        due,
                        text(
                                db,
                                "select coalesce(string_agg(jobcenter_id || ' ' || n, ', '), '-') from (select "
                                        + "jobcenter_id, count(*) n from case_quality where policy_version = 0 and "
                                        + synthetic + " group by 1 order by 2 desc limit 10) x")));
            }
            log(String.format(
                    Locale.ROOT,
                    "waiting for the evaluation: %,d of %,d cases not evaluated yet, %d Jobcenters "
                            + "pending, %,d due",
                    pending,
                    total,
                    policiesPending,
                    due));
            Thread.sleep(15_000);
        }
        log(String.format(
                Locale.ROOT, "all %,d cases evaluated (waited %.0f s)", total, (System.nanoTime() - started) / 1e9));
        try (Statement s = db.createStatement()) {
            s.execute("analyze case_quality");
            s.execute("analyze quality_tally");
        }
    }

    private String describeData(Connection db) throws SQLException {
        StringBuilder out = new StringBuilder();
        for (String table : List.of(
                "caseload_case",
                "report_contact",
                "report_measure",
                "report_assessment",
                "report_referral",
                "report_non_referral",
                "case_quality",
                "quality_tally")) {
            out.append(String.format(
                    Locale.ROOT,
                    "%s %,d rows (%s); ",
                    table,
                    scalar(db, "select count(*) from " + table),
                    text(db, "select pg_size_pretty(pg_total_relation_size('" + table + "'))")));
        }
        out.append(String.format(
                Locale.ROOT,
                "open cases %,d; Jobcenters %d, largest %,d cases, smallest %,d; " + "findings: %s; database %s",
                scalar(db, "select count(*) from case_quality where stage = 'OPEN'"),
                scalar(db, "select count(distinct jobcenter_id) from policy_reference"),
                scalar(db, "select max(n) from (select count(*) n from caseload_case group by jobcenter_id) x"),
                scalar(db, "select min(n) from (select count(*) n from caseload_case group by jobcenter_id) x"),
                text(
                        db,
                        "select string_agg(f || ' ' || n, ', ' order by f) from (select unnest(findings) f, count(*) n "
                                + "from case_quality group by 1) x"),
                text(db, "select pg_size_pretty(pg_database_size(current_database()))")));
        return out.toString();
    }

    // ---------------------------------------------------------------- measuring

    /** One dashboard request; the int is the request number, from which a Jobcenter is drawn. */
    private record Endpoint(String name, IntFunction<HttpRequest> request) {}

    private record Row(String endpoint, int clients, int requests, Figures figures, int errors, String seqScans) {}

    private List<Endpoint> endpoints() {
        Duration validity = Duration.ofHours(2);
        List<String> management = new ArrayList<>();
        List<String> teamLeads = new ArrayList<>();
        for (int i = 1; i <= jobcenters; i++) {
            String jc = "jc-" + String.format("%03d", i);
            management.add(DevTokens.mint("mgmt-" + jc, "MANAGEMENT", jc, null, null, null, env, validity));
            teamLeads.add(DevTokens.mint("tl-" + jc, "TL", jc, "team-01", null, null, env, validity));
        }
        String national = DevTokens.mint("mgmt-bund", "MANAGEMENT", null, null, null, "NATIONAL", env, validity);
        YearMonth to = YearMonth.now();
        String year = "?from=" + to.minusMonths(11) + "&to=" + to;
        Random random = new Random(42);
        int[] draws = random.ints(100_000, 0, jobcenters).toArray();
        IntFunction<Integer> jc = n -> draws[n % draws.length];
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint(
                "Fallbestand je Fachkraft (Jobcenter)",
                n -> get("/api/caseload?groupBy=caseManager", management.get(jc.apply(n)))));
        list.add(new Endpoint(
                "Fallbestand je Team (Jobcenter)",
                n -> get("/api/caseload?groupBy=team", management.get(jc.apply(n)))));
        list.add(new Endpoint(
                "Befunde je Team (Jobcenter)", n -> get("/api/quality/summary", management.get(jc.apply(n)))));
        list.add(new Endpoint(
                "Befunde als CSV (Jobcenter)", n -> get("/api/quality/summary/export", management.get(jc.apply(n)))));
        list.add(new Endpoint(
                "Fallliste je Befund (Teamleitung)", n -> get("/api/quality/cases", teamLeads.get(jc.apply(n)))));
        list.add(new Endpoint(
                "Kennzahlen 12 Monate (Jobcenter)", n -> get("/api/outcomes" + year, management.get(jc.apply(n)))));
        list.add(new Endpoint("Bundesweit je Jobcenter", n -> get("/api/quality/national", national)));
        list.add(new Endpoint("Bundesweit als CSV", n -> get("/api/quality/national/export", national)));
        return list;
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(reportingUrl + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
    }

    private Row measure(Connection db, Endpoint endpoint, int clientCount) throws Exception {
        for (int i = 0; i < 20; i++) { // warm-up: JIT, connection pool, caches
            send(endpoint.request().apply(100_000 - i));
        }
        Thread.sleep(STATS_FLUSH_MILLIS); // idle backends report their statistics within 10 s
        Map<String, Long> before = seqScans(db);
        ExecutorService pool = Executors.newFixedThreadPool(clientCount);
        List<Future<Object[]>> results = new ArrayList<>();
        int perClient = Math.max(1, requests / clientCount);
        for (int c = 0; c < clientCount; c++) {
            int offset = c * perClient;
            results.add(pool.submit(() -> {
                Figures figures = new Figures();
                int errors = 0;
                for (int i = 0; i < perClient; i++) {
                    long t = System.nanoTime();
                    int status = send(endpoint.request().apply(offset + i));
                    figures.record(System.nanoTime() - t);
                    if (status != 200) {
                        errors++;
                    }
                }
                return new Object[] {figures, errors};
            }));
        }
        Figures all = new Figures();
        int errors = 0;
        for (Future<Object[]> f : results) {
            Object[] r = f.get();
            all.add((Figures) r[0]);
            errors += (Integer) r[1];
        }
        pool.shutdown();
        Thread.sleep(STATS_FLUSH_MILLIS);
        Map<String, Long> after = seqScans(db);
        StringBuilder scans = new StringBuilder();
        after.forEach((table, count) -> {
            long delta = count - before.getOrDefault(table, 0L);
            if (delta > 0) {
                scans.append(scans.length() == 0 ? "" : ", ")
                        .append(table)
                        .append(' ')
                        .append(delta);
            }
        });
        Row row = new Row(
                endpoint.name(),
                clientCount,
                perClient * clientCount,
                all,
                errors,
                scans.length() == 0 ? "keine" : scans.toString());
        log(String.format(
                Locale.ROOT,
                "%-40s %2d clients: p50 %.1f ms, p99 %.1f ms, errors %d, seq scans: %s",
                row.endpoint(),
                clientCount,
                all.p50Millis(),
                all.p99Millis(),
                errors,
                row.seqScans()));
        return row;
    }

    private int send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Map<String, Long> seqScans(Connection db) throws SQLException {
        Map<String, Long> scans = new TreeMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select relname, seq_scan from pg_stat_user_tables where relname = any('{"
                        + String.join(",", LARGE_TABLES) + "}')")) {
            while (rs.next()) {
                scans.put(rs.getString(1), rs.getLong(2));
            }
        }
        return scans;
    }

    // ---------------------------------------------------------------- output

    private void print(String sizes, List<Row> rows) {
        Runtime runtime = Runtime.getRuntime();
        System.out.println("<!-- lotse reporting scale: begin -->");
        System.out.printf(
                Locale.ROOT, "#### Run of %s%n%n", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        System.out.printf(
                Locale.ROOT,
                "- Machine: %d CPUs, Java %s; PostgreSQL, Kafka, the reporting instance and the "
                        + "benchmark share it%n",
                runtime.availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "- Data: %s%n", sizes);
        System.out.printf(
                Locale.ROOT,
                "- Each request picks a random Jobcenter (seeded); %d requests per row after 20 "
                        + "warm-up requests; latency measured at the client over HTTP/1.1 keep-alive%n",
                requests);
        System.out.println("- Seq scans: sequential scans PostgreSQL counted on " + String.join(", ", LARGE_TABLES)
                + " during the row (\"keine\" = index access only)");
        System.out.println();
        System.out.println("| Endpoint | Clients | Requests | p50 ms | p99 ms | max ms | errors | seq scans |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        for (Row r : rows) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.1f | %.1f | %d | %s |%n",
                    r.endpoint(),
                    r.clients(),
                    r.requests(),
                    r.figures().p50Millis(),
                    r.figures().p99Millis(),
                    r.figures().maxMillis(),
                    r.errors(),
                    r.seqScans());
        }
        System.out.println("<!-- lotse reporting scale: end -->");
    }

    // ---------------------------------------------------------------- helpers

    private static long scalar(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void log(String message) {
        System.err.println("[scale] " + message);
    }
}
