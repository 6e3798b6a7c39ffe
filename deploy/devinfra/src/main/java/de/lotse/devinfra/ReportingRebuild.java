package de.lotse.devinfra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * The steps of {@code ./lotse rebuild-reporting} that need a database or the broker:
 *
 * <pre>
 * ReportingRebuild create &lt;pgPort&gt; &lt;database&gt;     (or brings it up to date; owned by reporting_owner)
 * ReportingRebuild exists &lt;pgPort&gt; &lt;database&gt;     (exit status 0 when it exists, 1 when not)
 * ReportingRebuild await-caught-up &lt;bootstrap&gt; &lt;groupPrefix&gt; &lt;groups&gt; &lt;timeoutSeconds&gt;
 * ReportingRebuild carry-figures &lt;pgPort&gt; &lt;live&gt; &lt;rebuilt&gt;
 * ReportingRebuild swap &lt;pgPort&gt; &lt;live&gt; &lt;rebuilt&gt; &lt;previousName&gt;
 * </pre>
 *
 * The rebuild instance runs under a new application name, so its consumer groups are new and read
 * every topic from the start into a fresh database; once all of them have caught up (no lag, three
 * checks in a row) the fresh database takes the live one's name and the old one is kept. The fresh
 * database belongs to the reporting service's roles ({@code reporting_owner}, {@code reporting_app}),
 * so the live service works on it after the swap as before. The figures management was shown for the
 * current reporting date are carried over first: a reporting date's figures are taken once, and a
 * second, different set for the same date would let the two be compared. The audit log is not a read
 * model: it moves into the fresh database as it is, seals and all, so the audit chain (and its anchors
 * on Kafka) go on unbroken.
 */
public final class ReportingRebuild {
    /** Consumer groups that commit nothing for this long while a lag remains have stopped: the rebuild fails. */
    private static final Duration STALL = Duration.ofSeconds(120);

    private ReportingRebuild() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "create" ->
                ServiceDatabases.ensure(
                        "jdbc:postgresql://127.0.0.1:" + args[1] + "/",
                        "postgres",
                        "postgres",
                        name(args[2]),
                        "reporting");
            case "exists" -> System.exit(exists(args[1], args[2]) ? 0 : 1);
            case "await-caught-up" ->
                awaitCaughtUp(args[1], args[2], Integer.parseInt(args[3]), Duration.ofSeconds(Long.parseLong(args[4])));
            case "carry-figures" -> carryFigures(args[1], args[2], args[3]);
            case "swap" -> {
                terminate(args[1], args[2]);
                terminate(args[1], args[3]);
                keepAuditLog(args[1], args[2], args[3]);
                sql(args[1], "alter database " + name(args[2]) + " rename to " + name(args[4]));
                terminate(args[1], args[3]);
                sql(args[1], "alter database " + name(args[3]) + " rename to " + name(args[2]));
            }
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    /** The audit tables of the live database replace the (unused) ones of the rebuilt database. */
    private static void keepAuditLog(String port, String live, String rebuilt) throws Exception {
        List<String> tables = List.of("audit_log", "audit_seal", "audit_seal_state", "audit_seal_gap");
        try (Connection from = database(port, live);
                Connection to = database(port, rebuilt);
                Statement target = to.createStatement()) {
            to.setAutoCommit(false);
            // the audit tables refuse deletes through triggers; this superuser session switches them off
            target.execute("set local session_replication_role = replica");
            for (String table : tables) {
                target.execute("delete from " + table);
                Path copy = Files.createTempFile("lotse-" + table, ".copy");
                try {
                    try (OutputStream out = Files.newOutputStream(copy)) {
                        new CopyManager(from.unwrap(BaseConnection.class))
                                .copyOut("copy " + table + " to stdout (format binary)", out);
                    }
                    try (InputStream in = Files.newInputStream(copy)) {
                        new CopyManager(to.unwrap(BaseConnection.class))
                                .copyIn("copy " + table + " from stdin (format binary)", in);
                    }
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
            try (Statement source = from.createStatement();
                    java.sql.ResultSet rs = source.executeQuery("select last_value, is_called from audit_log_id_seq")) {
                rs.next();
                target.execute("select setval('audit_log_id_seq', " + rs.getLong(1) + ", " + rs.getBoolean(2) + ")");
            }
            to.commit();
        }
    }

    private static Connection database(String port, String database) throws Exception {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/" + name(database), "postgres", "postgres");
    }

    private static String name(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        return database;
    }

    private static void terminate(String port, String database) throws Exception {
        sql(port, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name(database) + "'");
    }

    private static boolean exists(String port, String database) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "postgres");
                Statement s = c.createStatement();
                java.sql.ResultSet rs =
                        s.executeQuery("select 1 from pg_database where datname = '" + name(database) + "'")) {
            return rs.next();
        }
    }

    private static void sql(String port, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** Replaces the rebuilt database's stored reporting-date figures by the live database's. */
    private static void carryFigures(String port, String live, String rebuilt) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/";
        try (Connection from = DriverManager.getConnection(url + name(live), "postgres", "postgres");
                Connection to = DriverManager.getConnection(url + name(rebuilt), "postgres", "postgres");
                Statement read = from.createStatement();
                java.sql.ResultSet rows = read.executeQuery(
                        "select scope, reporting_date, part, taken_at, body::text from reporting_snapshot")) {
            to.setAutoCommit(false);
            try (Statement clear = to.createStatement();
                    java.sql.PreparedStatement insert = to.prepareStatement("insert into reporting_snapshot "
                            + "(scope, reporting_date, part, taken_at, body) values (?, ?, ?, ?, ?::jsonb)")) {
                clear.execute("delete from reporting_snapshot");
                int n = 0;
                while (rows.next()) {
                    insert.setString(1, rows.getString(1));
                    insert.setDate(2, rows.getDate(2));
                    insert.setString(3, rows.getString(3));
                    insert.setTimestamp(4, rows.getTimestamp(4));
                    insert.setString(5, rows.getString(5));
                    insert.addBatch();
                    n++;
                }
                insert.executeBatch();
                to.commit();
                System.out.println("rebuild: carried " + n + " stored figure parts over");
            }
        }
    }

    /**
     * Until every group of the rebuild has caught up (three looks without lag); ends with an error naming each
     * group's lag per topic when the groups make no progress for {@code STALL} or the timeout passes.
     */
    private static void awaitCaughtUp(String bootstrap, String prefix, int groups, Duration timeout) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(config)) {
            ConsumerLag.await(
                    admin,
                    prefix,
                    groups,
                    3,
                    timeout,
                    STALL,
                    () -> true,
                    snapshot -> System.out.println("rebuild: " + snapshot.groups() + " consumer groups, lag "
                            + (snapshot.lag() == Long.MAX_VALUE ? "-" : snapshot.lag())));
        } catch (ConsumerLag.NotCaughtUp e) {
            System.err.println("rebuild: " + e.getMessage());
            System.exit(1);
        }
    }
}
