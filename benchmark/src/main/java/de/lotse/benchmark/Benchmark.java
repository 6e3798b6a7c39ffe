package de.lotse.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One benchmark run against a system started by {@code ./lotse run}, everything on one machine:
 * <ol type="a">
 *   <li>a pgbench-style baseline: one case row + one jsonb outbox row per transaction, plain JDBC;</li>
 *   <li>the referral/admission write API (AV refers, FM admits) at 8 and 32 concurrent clients;</li>
 *   <li>case-opened propagation from intake's admission to the reporting read model;</li>
 *   <li>audited reads: the FM's caseload list (one audit entry per listed case) and single case files.</li>
 * </ol>
 * Prints figures and a Markdown block for docs/benchmarks.md; asserts nothing. Settings: {@link Settings#HELP}.
 */
public final class Benchmark {
    private static final Duration IDLE_PAUSE = Duration.ofMillis(100);

    private final Settings settings;
    private final String started = ZonedDateTime.now(ZoneOffset.UTC)
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    private final double loadAtStart = loadAverage();

    private Benchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
            System.out.print(Settings.HELP);
            return;
        }
        Locale.setDefault(Locale.ROOT);
        new Benchmark(Settings.load()).run();
        System.exit(0); // HttpClient threads must not keep the JVM alive
    }

    private void run() throws Exception {
        Map<String, String> postgres = postgresSettings();
        System.out.println("# Lotse benchmark, " + started);
        System.out.println("settings: " + settings.describe());
        System.out.println("machine:  " + machine(postgres));
        System.out.println();

        Baseline baseline = new Baseline(settings);
        System.out.println("== (a) baseline: 1 case row + 1 outbox row (jsonb, " + baseline.payloadBytes()
                + " bytes) per transaction, JDBC, database 'bench' ==");
        baseline.prepare();
        Map<Integer, Baseline.Result> a = new LinkedHashMap<>();
        for (int clients : settings.baselineClients()) {
            Baseline.Result result = baseline.run(clients);
            a.put(clients, result);
            System.out.printf(
                    "%3d clients: %8.0f TPS   p50 %s ms   p99 %s ms   (%d transactions, %d errors)%n",
                    clients,
                    result.tps(),
                    ms(result.latency().p50Millis()),
                    ms(result.latency().p99Millis()),
                    result.transactions(),
                    result.errors());
            if (result.firstError() != null) {
                System.out.println("     first error: " + result.firstError());
            }
        }

        System.out.println();
        System.out.println("== (b) write API: POST /api/referrals (AV) + POST /api/cases/{id}/admission (FM), "
                + settings.intakeUrl() + " ==");
        SystemProcesses processes = SystemProcesses.of(settings.stateDir());
        System.out.println("processes measured: " + String.join(", ", processes.names()));
        WriteApi api = new WriteApi(settings, processes);
        Profiler profiler = null;
        if (!settings.profile().isBlank()) {
            profiler = Profiler.into(Path.of("benchmark", "target", "profiles"));
            profiler.start(processes, SystemProcesses.JVMS);
        }
        Map<Integer, WriteApi.Result> b = new LinkedHashMap<>();
        for (int clients : settings.apiClients()) {
            WriteApi.Result result = api.run(clients);
            b.put(clients, result);
            System.out.printf(
                    "%3d clients: %7.1f write requests/s   %6.1f referral+admission pairs/s   "
                            + "referral p50 %s / p99 %s ms   admission p50 %s / p99 %s ms   errors %d "
                            + "(incl. warm-up)%n",
                    clients,
                    result.writesPerSecond(),
                    result.pairsPerSecond(),
                    ms(result.referral().p50Millis()),
                    ms(result.referral().p99Millis()),
                    ms(result.admission().p50Millis()),
                    ms(result.admission().p99Millis()),
                    result.errors());
            result.firstErrors()
                    .forEach((kind, body) -> System.out.println("     first " + kind + ": " + abbreviate(body)));
        }
        if (profiler != null) {
            profiler.stop(settings.profile()).forEach(file -> System.out.println("   flame graph: " + file));
        }
        System.out.println();
        System.out.println("== (b) CPU milliseconds per referral+admission pair, by process (measured windows) ==");
        System.out.print(cpuTable(processes, b));

        System.out.println();
        System.out.println("== (c) case-opened propagation: intake bfm_case.admitted_at -> reporting "
                + "caseload_case.recorded_at ==");
        List<Propagation.Result> c = new ArrayList<>();
        String cProblem = null;
        List<WriteApi.Admitted> admitted =
                b.values().stream().flatMap(r -> r.admitted().stream()).toList();
        try {
            List<UUID> ids = admitted.stream().map(WriteApi.Admitted::caseId).toList();
            Propagation underLoad = new Propagation(settings);
            underLoad.collect(ids);
            System.out.printf(
                    "   waited %.1f s for %d cases admitted in (b) (incl. warm-up)%n",
                    underLoad.waited().toMillis() / 1000.0, ids.size());
            for (int clients : settings.apiClients()) {
                List<UUID> phase = admitted.stream()
                        .filter(x -> x.clients() == clients)
                        .map(WriteApi.Admitted::caseId)
                        .toList();
                c.add(underLoad.figures("cases of (b), " + clients + " clients", phase));
            }
            if (settings.apiClients().length > 1) {
                c.add(underLoad.figures("cases of (b), all", ids));
            }
            c.forEach(Benchmark::print);
            if (settings.idleCases() > 0) {
                List<UUID> idle = api.sequential(settings.idleCases(), IDLE_PAUSE).stream()
                        .map(WriteApi.Admitted::caseId)
                        .toList();
                Propagation quiet = new Propagation(settings);
                quiet.collect(idle);
                Propagation.Result result = quiet.figures(
                        "no load: " + settings.idleCases() + " admissions " + IDLE_PAUSE.toMillis() + " ms apart",
                        idle);
                c.add(result);
                print(result);
            }
        } catch (Exception e) {
            cProblem = "reporting read model not readable: " + e;
            System.out.println("   " + cProblem);
        }

        ReadApi.Result d = null;
        if (!settings.readDuration().isZero() && settings.readClients() > 0) {
            System.out.println();
            System.out.println("== (d) audited reads: GET /api/cases?scope=MY_CASELOAD&size=" + settings.readPageSize()
                    + " + GET /api/cases/{id} (FM), " + settings.readClients() + " clients ==");
            d = new ReadApi(settings)
                    .run(
                            settings.readClients(),
                            admitted.stream().map(WriteApi.Admitted::caseId).toList());
            System.out.printf(
                    "%3d clients: %7.1f reads/s   %8.0f audit entries/s   list p50 %s / p99 %s ms   "
                            + "case file p50 %s / p99 %s ms   errors %d%n",
                    d.clients(),
                    d.readsPerSecond(),
                    d.auditEntriesPerSecond(),
                    ms(d.list().p50Millis()),
                    ms(d.list().p99Millis()),
                    ms(d.file().p50Millis()),
                    ms(d.file().p99Millis()),
                    d.errors());
            d.firstErrors().forEach((kind, body) -> System.out.println("     first " + kind + ": " + abbreviate(body)));
        }

        System.out.println();
        System.out.println("== (b) write requests/s / (a) TPS at the same client count ==");
        Map<Integer, Double> ratios = new LinkedHashMap<>();
        for (int clients : settings.apiClients()) {
            if (a.containsKey(clients)) {
                double ratio = b.get(clients).writesPerSecond() / a.get(clients).tps();
                ratios.put(clients, ratio);
                System.out.printf(
                        "%3d clients: %.1f write requests/s / %.0f TPS = %.3f (%.1f %%)%n",
                        clients,
                        b.get(clients).writesPerSecond(),
                        a.get(clients).tps(),
                        ratio,
                        ratio * 100);
            }
        }

        System.out.println();
        System.out.println("== memory of each service after the run ==");
        String memory = memoryTable(processes);
        System.out.print(memory);

        System.out.println();
        System.out.println(markdown(postgres, baseline.payloadBytes(), a, b, ratios, c, cProblem, d)
                .replace(
                        "<!-- lotse benchmark: end -->",
                        "\n" + cpuTable(processes, b) + "\n" + memory + "<!-- lotse benchmark: end -->"));
    }

    /** CPU ms per pair for each process and all together, one column per client count (Markdown). */
    private static String cpuTable(SystemProcesses processes, Map<Integer, WriteApi.Result> b) {
        StringBuilder md = new StringBuilder("| CPU ms per referral+admission pair |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int clients : b.keySet()) {
            md.append(' ').append(clients).append(" clients |");
            rule.append("---:|");
        }
        md.append('\n').append(rule).append('\n');
        for (String name : processes.names()) {
            md.append("| ").append(name).append(" |");
            b.values()
                    .forEach(r ->
                            md.append(' ').append(ms(r.cpuMillisPerPair(name))).append(" |"));
            md.append('\n');
        }
        md.append("| **the system (all but the benchmark client)** |");
        b.values()
                .forEach(r ->
                        md.append(" **").append(ms(r.cpuMillisPerPairSystem())).append("** |"));
        md.append('\n');
        return md.toString();
    }

    private static String memoryTable(SystemProcesses processes) {
        StringBuilder md = new StringBuilder("| after the run | RSS MiB | threads |\n|---|---:|---:|\n");
        for (String name : SystemProcesses.SERVICES) {
            md.append("| ")
                    .append(name)
                    .append(" | ")
                    .append(processes
                            .rssMiB(name)
                            .map(v -> String.format("%.0f", v))
                            .orElse("–"))
                    .append(" | ")
                    .append(processes.threads(name).map(String::valueOf).orElse("–"))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static void print(Propagation.Result result) {
        System.out.printf(
                "   %-40s n=%6d   p50 %s ms   p99 %s ms   max %s ms   missing %d%s%n",
                result.label(),
                result.latency().count(),
                ms(result.latency().p50Millis()),
                ms(result.latency().p99Millis()),
                ms(result.latency().maxMillis()),
                result.missing(),
                result.negative() > 0 ? "   (" + result.negative() + " negative, counted as 0)" : "");
    }

    // ---------------------------------------------------------------- Markdown for docs/benchmarks.md

    private String markdown(
            Map<String, String> postgres,
            int payloadBytes,
            Map<Integer, Baseline.Result> a,
            Map<Integer, WriteApi.Result> b,
            Map<Integer, Double> ratios,
            List<Propagation.Result> c,
            String cProblem,
            ReadApi.Result d) {
        StringBuilder md = new StringBuilder();
        md.append("<!-- lotse benchmark: begin -->\n");
        md.append("#### Run of ").append(started).append("\n\n");
        md.append("- Machine: ").append(machine(postgres)).append('\n');
        md.append(String.format(
                "- Load average (1 min): %.2f at start, %.2f at end; PostgreSQL, Kafka, the five "
                        + "services and the benchmark share the machine%n",
                loadAtStart, loadAverage()));
        md.append("- Settings: ").append(settings.describe()).append('\n');
        md.append("- (a) one transaction = insert a case row + an outbox row (jsonb, ")
                .append(payloadBytes)
                .append(" bytes), commit; JDBC, prepared statements, one connection per client\n");
        md.append("- (b) one pair = POST /api/referrals (AV) + POST /api/cases/{id}/admission (FM); "
                + "HTTP/1.1 keep-alive, one connection per client; errors include the warm-up\n");
        md.append("- (c) latency = reporting `caseload_case.recorded_at` − intake `bfm_case.admitted_at` "
                + "(same PostgreSQL clock)\n");
        if (d != null) {
            md.append("- (d) one read = GET /api/cases?scope=MY_CASELOAD&size=")
                    .append(settings.readPageSize())
                    .append(" (one audit entry per listed case, one statement) or GET /api/cases/{id} (one entry), "
                            + "alternating, FM token, cases of (b)\n");
        }
        md.append('\n');

        md.append("| Clients | (a) TPS | (a) p50 / p99 ms | (b) write req/s | (b) pairs/s | referral p50 / p99 ms "
                + "| admission p50 / p99 ms | (b) errors | (b) / (a) |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<Integer> clientCounts = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !clientCounts.contains(k)).forEach(clientCounts::add);
        clientCounts.sort(Integer::compare);
        for (int clients : clientCounts) {
            Baseline.Result base = a.get(clients);
            WriteApi.Result api = b.get(clients);
            md.append("| ")
                    .append(clients)
                    .append(" | ")
                    .append(base == null ? "–" : String.format("%.0f", base.tps()))
                    .append(" | ")
                    .append(
                            base == null
                                    ? "–"
                                    : pair(
                                            base.latency().p50Millis(),
                                            base.latency().p99Millis()))
                    .append(" | ")
                    .append(api == null ? "–" : String.format("%.1f", api.writesPerSecond()))
                    .append(" | ")
                    .append(api == null ? "–" : String.format("%.1f", api.pairsPerSecond()))
                    .append(" | ")
                    .append(
                            api == null
                                    ? "–"
                                    : pair(
                                            api.referral().p50Millis(),
                                            api.referral().p99Millis()))
                    .append(" | ")
                    .append(
                            api == null
                                    ? "–"
                                    : pair(
                                            api.admission().p50Millis(),
                                            api.admission().p99Millis()))
                    .append(" | ")
                    .append(api == null ? "–" : String.valueOf(api.errors()))
                    .append(" | ")
                    .append(ratios.containsKey(clients) ? String.format("%.1f %%", ratios.get(clients) * 100) : "–")
                    .append(" |\n");
        }
        md.append('\n');
        md.append("| case-opened propagation | Cases | Missing | p50 ms | p99 ms | max ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (Propagation.Result result : c) {
            md.append(String.format(
                    "| %s | %d | %d | %s | %s | %s |%n",
                    result.label(),
                    result.cases(),
                    result.missing(),
                    ms(result.latency().p50Millis()),
                    ms(result.latency().p99Millis()),
                    ms(result.latency().maxMillis())));
        }
        if (cProblem != null) {
            md.append("| ").append(cProblem.replace('|', '/')).append(" | – | – | – | – | – |\n");
        }
        if (d != null) {
            md.append('\n');
            md.append(
                    "| audited reads | Clients | reads/s | audit entries/s | list p50 / p99 ms | case file p50 / p99 ms "
                            + "| errors |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|\n");
            md.append(String.format(
                    "| (d) | %d | %.1f | %.0f | %s | %s | %d |%n",
                    d.clients(),
                    d.readsPerSecond(),
                    d.auditEntriesPerSecond(),
                    pair(d.list().p50Millis(), d.list().p99Millis()),
                    pair(d.file().p50Millis(), d.file().p99Millis()),
                    d.errors()));
        }
        md.append("<!-- lotse benchmark: end -->");
        return md.toString();
    }

    private static String pair(double p50, double p99) {
        return ms(p50) + " / " + ms(p99);
    }

    private static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        return millis < 10
                ? String.format("%.2f", millis)
                : millis < 100 ? String.format("%.1f", millis) : String.format("%.0f", millis);
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() > 500 ? oneLine.substring(0, 500) + " …" : oneLine;
    }

    // ---------------------------------------------------------------- machine

    private String machine(Map<String, String> postgres) {
        return String.format(
                "%d CPUs (nproc), %s, %s RAM, %s %s %s; Java %s (%s); PostgreSQL %s "
                        + "(fsync=%s, synchronous_commit=%s, shared_buffers=%s)",
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                memory(),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"),
                System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("java.vm.name") + ", " + System.getProperty("java.vendor"),
                postgres.getOrDefault("server_version", "?"),
                postgres.getOrDefault("fsync", "?"),
                postgres.getOrDefault("synchronous_commit", "?"),
                postgres.getOrDefault("shared_buffers", "?"));
    }

    private Map<String, String> postgresSettings() {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(
                        settings.jdbcBase() + "postgres", settings.dbUser(), settings.dbPassword());
                Statement statement = connection.createStatement()) {
            for (String name : List.of("server_version", "fsync", "synchronous_commit", "shared_buffers")) {
                try (ResultSet rs = statement.executeQuery("show " + name)) {
                    if (rs.next()) {
                        values.put(name, rs.getString(1));
                    }
                }
            }
        } catch (Exception e) {
            System.out.println("(PostgreSQL settings not readable: " + e + ")");
        }
        return values;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .orElse("CPU model unknown");
        } catch (Exception e) {
            return "CPU model unknown";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .findFirst()
                    .map(line ->
                            String.format("%.1f GiB", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
                    .orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
