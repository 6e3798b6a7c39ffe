package de.lotse.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Benchmark settings: a system property ({@code -Dbench.duration=3s}) wins over the environment
 * variable ({@code BENCH_DURATION=3s}), which wins over the default. Durations accept {@code 500ms},
 * {@code 15s}, {@code 2m}, a plain number of seconds, or ISO-8601 ({@code PT15S}).
 */
record Settings(
        String intakeUrl,
        String jdbcBase,
        String dbUser,
        String dbPassword,
        Duration warmup,
        Duration baselineDuration,
        Duration apiDuration,
        Duration propagationTimeout,
        int[] baselineClients,
        int[] apiClients,
        int idleCases,
        boolean idempotencyKeys,
        String avToken,
        String fmToken,
        Duration readDuration,
        int readClients,
        int readPageSize,
        java.nio.file.Path stateDir,
        String profile) {

    static final String HELP = """
            settings (system property / environment variable, default):
              bench.intake.url          BENCH_INTAKE_URL          http://127.0.0.1:8081
              bench.jdbc.url            BENCH_JDBC_URL            jdbc:postgresql://127.0.0.1:15432/  (database name is appended)
              bench.db.user             BENCH_DB_USER             postgres
              bench.db.password         BENCH_DB_PASSWORD         postgres
              bench.duration            BENCH_DURATION            sets both durations below
              bench.baseline.duration   BENCH_BASELINE_DURATION   15s   (a) per client count
              bench.api.duration        BENCH_API_DURATION        20s   (b) per client count
              bench.warmup              BENCH_WARMUP              10s   before each measured period (JIT)
              bench.propagation.timeout BENCH_PROPAGATION_TIMEOUT 60s   (c) wait for the read model
              bench.baseline.clients    BENCH_BASELINE_CLIENTS    1,8,32
              bench.api.clients         BENCH_API_CLIENTS         8,32
              bench.idle.cases          BENCH_IDLE_CASES          50    extra (c) figure without load; 0 skips it
              bench.read.duration       BENCH_READ_DURATION       15s   (d) audited reads; 0 skips them
              bench.read.clients        BENCH_READ_CLIENTS        8
              bench.read.page.size      BENCH_READ_PAGE_SIZE      50    cases per caseload page (= audit entries)
              bench.idempotency         BENCH_IDEMPOTENCY         true  (b) sends an Idempotency-Key with every POST, as clients should
              bench.state.dir           LOTSE_STATE_DIR           .lotse  the system's pid files (CPU and memory per process)
              bench.profile             BENCH_PROFILE             (off)  a label: flame graphs of every JVM over (b) into
                                                                        benchmark/target/profiles/<label>-<process>.html
              tokens: AV_TOKEN (role AV), FM_TOKEN (role FM)   (benchmark/run.sh sets both)
            """;

    static Settings load() {
        String both = value("bench.duration", "BENCH_DURATION", null);
        return new Settings(
                stripSlash(value("bench.intake.url", "BENCH_INTAKE_URL", "http://127.0.0.1:8081")),
                withSlash(value("bench.jdbc.url", "BENCH_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/")),
                value("bench.db.user", "BENCH_DB_USER", "postgres"),
                value("bench.db.password", "BENCH_DB_PASSWORD", "postgres"),
                duration(value("bench.warmup", "BENCH_WARMUP", "10s")),
                duration(value("bench.baseline.duration", "BENCH_BASELINE_DURATION", both == null ? "15s" : both)),
                duration(value("bench.api.duration", "BENCH_API_DURATION", both == null ? "20s" : both)),
                duration(value("bench.propagation.timeout", "BENCH_PROPAGATION_TIMEOUT", "60s")),
                clients(value("bench.baseline.clients", "BENCH_BASELINE_CLIENTS", "1,8,32")),
                clients(value("bench.api.clients", "BENCH_API_CLIENTS", "8,32")),
                Integer.parseInt(value("bench.idle.cases", "BENCH_IDLE_CASES", "50")),
                Boolean.parseBoolean(value("bench.idempotency", "BENCH_IDEMPOTENCY", "true")),
                required("AV_TOKEN"),
                required("FM_TOKEN"),
                duration(value("bench.read.duration", "BENCH_READ_DURATION", both == null ? "15s" : both)),
                Integer.parseInt(value("bench.read.clients", "BENCH_READ_CLIENTS", "8")),
                Integer.parseInt(value("bench.read.page.size", "BENCH_READ_PAGE_SIZE", "50")),
                java.nio.file.Path.of(value("bench.state.dir", "LOTSE_STATE_DIR", ".lotse")),
                value("bench.profile", "BENCH_PROFILE", ""));
    }

    String describe() {
        return "warm-up " + text(warmup) + ", baseline " + text(baselineDuration) + " per client count "
                + Arrays.toString(baselineClients) + ", write API " + text(apiDuration) + " per client count "
                + Arrays.toString(apiClients) + (idempotencyKeys ? " with" : " without")
                + " Idempotency-Key, propagation timeout " + text(propagationTimeout)
                + ", audited reads " + text(readDuration) + " at " + readClients + " clients, pages of " + readPageSize;
    }

    static String text(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("pt")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            if (value.endsWith("ms")) {
                return Duration.ofMillis(
                        Long.parseLong(value.substring(0, value.length() - 2).trim()));
            }
            if (value.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
            }
            if (value.endsWith("m")) {
                return Duration.ofSeconds(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 60));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (e.g. 500ms, 15s, 2m, PT15S)", e);
        }
    }

    private static int[] clients(String text) {
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    private static String value(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String required(String env) {
        String value = System.getenv(env);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(env + " is not set (benchmark/run.sh sets it from ./lotse token)\n" + HELP);
        }
        return value.trim();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
