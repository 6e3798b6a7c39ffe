package de.lotse.benchmark.rebuild;

import de.lotse.benchmark.SystemProcesses;
import de.lotse.devinfra.ConsumerLag;
import de.lotse.devinfra.ReportingRebuild;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The steps of {@code ./lotse bench-rebuild} (the script starts and stops the processes, see there):
 *
 * <pre>
 * RebuildBench log &lt;bootstrap&gt; &lt;events&gt; &lt;seed&gt; &lt;jobcenters&gt; &lt;log.properties&gt;   the event log, kept or new
 * RebuildBench database &lt;pgPort&gt; &lt;database&gt;      a fresh reporting database with the service's roles
 * RebuildBench cpu &lt;pgDataDir&gt; &lt;devInfraPid&gt;     PostgreSQL's and Kafka's CPU seconds so far
 * RebuildBench measure --name value …            waits for the rebuild, checks it, prints the figures
 * </pre>
 */
public final class RebuildBench {
    /** The reporting service's consumer groups: caseload, case-facts, policy-reference. */
    private static final int GROUPS = 3;

    private RebuildBench() {}

    private static final String INSTANCE = "reporting instance";

    /** The rebuild's PostgreSQL and Kafka (DevInfra's directory is the data directory's parent) and the given JVMs. */
    private static SystemProcesses infrastructure(Path pgData, Map<String, Long> jvms) {
        return SystemProcesses.ofInfrastructure(pgData.toAbsolutePath().getParent(), jvms);
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "log" ->
                new EventLog(args[1])
                        .ensure(
                                Long.parseLong(args[2]),
                                Long.parseLong(args[3]),
                                Integer.parseInt(args[4]),
                                Path.of(args[5]));
            case "database" -> freshDatabase(args[1], args[2]);
            case "cpu" -> {
                Map<String, Double> cpu =
                        infrastructure(Path.of(args[1]), Map.of()).cpu().seconds();
                System.out.printf(
                        Locale.ROOT,
                        "%.2f %.2f%n",
                        cpu.getOrDefault(SystemProcesses.POSTGRES, Double.NaN),
                        cpu.getOrDefault(SystemProcesses.KAFKA, Double.NaN));
            }
            case "measure" -> System.exit(new Measurement(options(args)).run() ? 0 : 1);
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    /** Drops the database of an earlier run and creates it anew as {@code ./lotse rebuild-reporting} does. */
    private static void freshDatabase(String port, String database) throws Exception {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        }
        ReportingRebuild.main(new String[] {"create", port, database});
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** From the instance's start until its consumer groups have caught up, then the checks and the figures. */
    private static final class Measurement {
        private final Map<String, String> o;
        private final long pid;
        private final Instant started;
        private final Instant healthy;
        private final EventLog.Description log;

        Measurement(Map<String, String> options) throws Exception {
            this.o = options;
            this.pid = Long.parseLong(o.get("pid"));
            this.started = Instant.ofEpochMilli(Long.parseLong(o.get("started-ms")));
            this.healthy = Instant.ofEpochMilli(Long.parseLong(o.get("healthy-ms")));
            this.log = EventLog.Description.read(Path.of(o.get("log")));
        }

        boolean run() throws Exception {
            long events = log.events();
            // room for the start and a rate far below today's, so only a stopped rebuild meets the deadline
            double minRate = Double.parseDouble(o.getOrDefault("min-rate", "50"));
            Duration limit = Duration.ofSeconds(120 + (long) (events / minRate));
            Duration stall = Duration.ofSeconds(Long.parseLong(o.getOrDefault("stall", "120")));
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, o.get("bootstrap"));
            Instant done;
            long deadLetters;
            try (Admin admin = Admin.create(config)) {
                long[] lastReport = {0};
                try {
                    done = ConsumerLag.await(
                            admin,
                            o.get("prefix"),
                            GROUPS,
                            2,
                            limit.minus(Duration.between(started, Instant.now())),
                            stall,
                            () -> ProcessHandle.of(pid)
                                    .map(ProcessHandle::isAlive)
                                    .orElse(false),
                            snapshot -> {
                                long now = System.nanoTime();
                                if (now - lastReport[0] >= 10_000_000_000L) {
                                    lastReport[0] = now;
                                    double seconds = Duration.between(started, Instant.now())
                                                    .toMillis()
                                            / 1000.0;
                                    log(String.format(
                                            Locale.ROOT,
                                            "%,d of %,d events consumed after %.0f s (%,.0f/s), %d of %d groups, lag %s",
                                            snapshot.committed(),
                                            events,
                                            seconds,
                                            snapshot.committed() / seconds,
                                            snapshot.groups(),
                                            GROUPS,
                                            snapshot.lag() == Long.MAX_VALUE
                                                    ? "-"
                                                    : String.format("%,d", snapshot.lag())));
                                }
                            });
                } catch (ConsumerLag.NotCaughtUp e) {
                    log("FAILED: " + e.getMessage().stripTrailing());
                    log("deadline was " + limit.toSeconds() + " s from the start (" + events + " events at " + minRate
                            + " events/s + 120 s), no-progress limit " + stall.toSeconds() + " s");
                    return false;
                }
                deadLetters = EventLog.deadLetters(admin);
            }
            SystemProcesses processes = infrastructure(Path.of(o.get("pg-data")), Map.of(INSTANCE, pid));
            Map<String, Double> cpu = processes.cpu().seconds();
            double instanceCpu = cpu.getOrDefault(INSTANCE, Double.NaN);
            double rss = processes.rssMiB(INSTANCE).orElse(Double.NaN);
            String[] cpuBefore = o.get("cpu-before").split(" ");
            double pgCpu = cpu.getOrDefault(SystemProcesses.POSTGRES, Double.NaN) - Double.parseDouble(cpuBefore[0]);
            double kafkaCpu = cpu.getOrDefault(SystemProcesses.KAFKA, Double.NaN) - Double.parseDouble(cpuBefore[1]);
            double seconds = Duration.between(started, done).toMillis() / 1000.0;
            double consuming = Duration.between(healthy, done).toMillis() / 1000.0;
            List<Check> checks = checks(deadLetters);
            print(events, seconds, consuming, instanceCpu, pgCpu, kafkaCpu, rss, checks);
            return checks.stream().allMatch(Check::ok);
        }

        /** The instance's JVM options as start_service gave them (its command line up to {@code -jar}). */
        private String jvmOptions() {
            try {
                List<String> args =
                        List.of(java.nio.file.Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"))
                                .split("\0"));
                int jar = args.indexOf("-jar");
                return String.join(" ", args.subList(1, jar < 0 ? args.size() : jar)) + ", as ./lotse starts it";
            } catch (java.io.IOException e) {
                return "JVM options unknown";
            }
        }

        private record Check(String what, long expected, long actual) {
            boolean ok() {
                return expected == actual;
            }
        }

        private List<Check> checks(long deadLetters) throws SQLException {
            List<Check> checks = new ArrayList<>();
            try (Connection db = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + o.get("pg-port") + "/" + o.get("database"),
                    "postgres",
                    "postgres")) {
                checks.add(new Check("events applied (inbox_event)", log.events(), count(db, "inbox_event")));
                checks.add(new Check("cases (caseload_case)", log.count("cases"), count(db, "caseload_case")));
                checks.add(new Check("contacts (report_contact)", log.count("contacts"), count(db, "report_contact")));
                checks.add(new Check("measures (report_measure)", log.count("measures"), count(db, "report_measure")));
                checks.add(new Check(
                        "assessments (report_assessment)", log.count("assessments"), count(db, "report_assessment")));
                checks.add(new Check(
                        "partner referrals (report_referral)",
                        log.count("partnerReferrals"),
                        count(db, "report_referral")));
                checks.add(new Check(
                        "non-referrals (report_non_referral)",
                        log.count("nonReferrals"),
                        count(db, "report_non_referral")));
                // every opened case keeps its findings row until it is closed; a declined referral has none
                checks.add(new Check(
                        "open cases with findings (case_quality)",
                        log.count("opened") - log.count("closed"),
                        count(db, "case_quality")));
            }
            checks.add(new Check("dead letters (*.dlt)", 0, deadLetters));
            return checks;
        }

        private static long count(Connection db, String from) throws SQLException {
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from " + from)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private void print(
                long events,
                double seconds,
                double consuming,
                double instanceCpu,
                double pgCpu,
                double kafkaCpu,
                double rss,
                List<Check> checks) {
            System.out.println("<!-- lotse rebuild benchmark: begin -->");
            System.out.printf(Locale.ROOT, "#### Run of %s%n%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
            System.out.printf(
                    Locale.ROOT,
                    "- Machine: %d CPUs, Java %s; a private PostgreSQL and Kafka (.lotse/bench-rebuild), the "
                            + "reporting instance (%s) and nothing of the running system%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    jvmOptions());
            System.out.printf(
                    Locale.ROOT,
                    "- Log: %,d events of %,d cases (%,d opened, %,d closed) in %d Jobcenters, seed %d, histories up "
                            + "to %s, 3 partitions per topic; %s%n",
                    events,
                    log.count("cases"),
                    log.count("opened"),
                    log.count("closed"),
                    log.jobcenters(),
                    log.seed(),
                    EventLog.UNTIL,
                    log.rate());
            System.out.printf(
                    Locale.ROOT,
                    "- Measured from the instance's start (JVM, migrations: healthy after %.1f s) until its %d "
                            + "consumer groups had no lag; CPU from /proc (user + system)%n",
                    seconds - consuming,
                    GROUPS);
            System.out.println();
            System.out.println("| Events | Seconds | Events/s | Events/s from healthy | reporting CPU s | "
                    + "PostgreSQL CPU s | Kafka CPU s | CPU ms per event | reporting RSS MB |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            System.out.printf(
                    Locale.ROOT,
                    "| %,d | %.1f | %,.0f | %,.0f | %.1f | %.1f | %.1f | %.2f | %.0f |%n",
                    events,
                    seconds,
                    events / seconds,
                    events / consuming,
                    instanceCpu,
                    pgCpu,
                    kafkaCpu,
                    (instanceCpu + pgCpu + (Double.isNaN(kafkaCpu) ? 0 : kafkaCpu)) * 1000 / events,
                    rss);
            System.out.println();
            System.out.println("| Check | Expected | Found | |");
            System.out.println("|---|---:|---:|---|");
            for (Check c : checks) {
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %,d | %,d | %s |%n",
                        c.what(),
                        c.expected(),
                        c.actual(),
                        c.ok() ? "ok" : "**MISSING/EXTRA**");
            }
            System.out.println("<!-- lotse rebuild benchmark: end -->");
        }
    }

    private static void log(String message) {
        System.err.println("[bench-rebuild] " + message);
    }
}
