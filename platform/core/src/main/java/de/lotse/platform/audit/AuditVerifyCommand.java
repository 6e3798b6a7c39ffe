package de.lotse.platform.audit;

import ch.qos.logback.classic.Level;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.apache.kafka.clients.CommonClientConfigs;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code ./lotse audit-verify}: verifies every service's audit chain directly — its database and the
 * anchors on Kafka, with the key from the environment ({@code LOTSE_AUDIT_HMAC_KEY}, …) — so it does not
 * depend on the services running, nor trust their code paths. The logic is {@link AuditChainVerifier},
 * the same as behind each service's ADMIN endpoint.
 *
 * <pre>
 * java -cp … de.lotse.platform.audit.AuditVerifyCommand --kafka 127.0.0.1:19092 \
 *     --jdbc jdbc:postgresql://127.0.0.1:15432/ --user postgres --password postgres \
 *     intake-service=intake planning-service=planning …
 * </pre>
 * Exit status 0 when every chain is intact, 1 when one is not, 2 when the command could not run.
 */
public final class AuditVerifyCommand {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private AuditVerifyCommand() {}

    public static void main(String[] args) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        try {
            System.exit(run(args, System.getenv(), System.out));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("audit-verify: " + e.getMessage());
            System.exit(2);
        }
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> databases = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else if (args[i].contains("=")) {
                databases.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("unexpected argument " + args[i]
                        + " (usage: --kafka HOST:PORT --jdbc jdbc:postgresql://HOST:PORT/ [--user U --password P] "
                        + "SERVICE=DATABASE …)");
            }
        }
        String jdbc = require(options, "jdbc");
        if (databases.isEmpty()) {
            throw new IllegalArgumentException("name at least one SERVICE=DATABASE");
        }
        AuditKeys keys = AuditKeys.fromEnvironment(environment);
        Duration window = Duration.parse(options.getOrDefault("pending-window", "PT11M"));
        JsonMapper json = JsonMapper.createDefault();
        Map<String, List<AuditAnchor>> anchors = null;
        String anchorProblem = null;
        Properties kafka = new Properties();
        kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, require(options, "kafka"));
        try {
            anchors = AuditAnchors.read(kafka, value -> parse(json, value), Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            anchorProblem = "anchors on Kafka not readable: " + e.getMessage();
        }
        AuditChainVerifier verifier = new AuditChainVerifier(keys);
        boolean allIntact = true;
        for (Map.Entry<String, String> service : databases.entrySet()) {
            String url = jdbc.endsWith("/") ? jdbc + service.getValue() : jdbc + "/" + service.getValue();
            try (Connection connection = DriverManager.getConnection(
                    url, options.getOrDefault("user", "postgres"), options.getOrDefault("password", "postgres"))) {
                String recorded = AuditChainVerifier.recordedChain(connection);
                String chain = recorded == null ? service.getKey() : recorded;
                AuditChainReport report = verifier.verify(
                        connection,
                        chain,
                        anchors == null ? null : anchors.getOrDefault(chain, List.of()),
                        anchorProblem,
                        Instant.now(),
                        window);
                allIntact &= report.intact();
                print(out, service.getKey(), service.getValue(), report);
                if (!chain.equals(service.getKey())) {
                    out.printf(
                            "    note: this database's chain is named '%s', not '%s' (a rebuilt reporting "
                                    + "database carries the rebuild's name; anything else deserves a look)%n",
                            chain, service.getKey());
                }
            } catch (Exception e) {
                allIntact = false;
                out.printf(
                        "%-19s database %s not verifiable: %s%n", service.getKey(), service.getValue(), e.getMessage());
            }
        }
        return allIntact ? 0 : 1;
    }

    private static void print(PrintStream out, String service, String database, AuditChainReport report) {
        AuditChainReport.Anchors a = report.anchors();
        String anchorText = !a.checked()
                ? "anchors NOT checked (" + a.problem() + ")"
                : a.count() == 0
                        ? "no anchor yet"
                        : a.count() + " anchors, latest at position " + a.latestPosition() + " (" + a.latestAnchoredAt()
                                + ")";
        String sealed = report.chainLength() == 0
                ? "no entry sealed yet"
                : report.sealedEntries() + " entries sealed (positions 1-" + report.chainLength() + ")";
        out.printf(
                "%-19s %s: %s, %d pending; %s%n",
                service, report.intact() ? "intact" : "NOT INTACT", sealed, report.pendingEntries(), anchorText);
        if (report.firstAltered() != null) {
            out.println("    first altered:  " + describe(report.firstAltered()));
        }
        if (report.firstDeleted() != null) {
            out.println("    first deleted:  " + describe(report.firstDeleted()));
        }
        if (report.firstInserted() != null) {
            out.println("    first inserted: " + describe(report.firstInserted()));
        }
        if (!report.counts().isEmpty()) {
            List<String> counts = new ArrayList<>();
            report.counts().forEach((kind, count) -> counts.add(kind + " " + count));
            out.println("    findings: " + String.join(", ", counts) + " (database " + database + ")");
        }
    }

    static String describe(AuditChainReport.Finding finding) {
        StringBuilder text = new StringBuilder(finding.kind().name());
        if (finding.position() != null) {
            text.append(" at position ").append(finding.position());
            if (finding.toPosition() != null && !finding.toPosition().equals(finding.position())) {
                text.append('-').append(finding.toPosition());
            }
        }
        if (finding.auditId() != null) {
            text.append(finding.position() == null ? ": " : " (")
                    .append("audit_log id ")
                    .append(finding.auditId())
                    .append(finding.position() == null ? ", no seal" : ")");
        }
        return text.toString();
    }

    private static Map<String, Object> parse(JsonMapper json, String value) {
        try {
            return json.readValue(value.getBytes(StandardCharsets.UTF_8), MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
