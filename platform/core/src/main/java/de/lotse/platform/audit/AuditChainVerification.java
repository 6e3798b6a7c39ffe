package de.lotse.platform.audit;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Verifies this service's own chain against its database and the anchors on Kafka (the ADMIN endpoint). */
@Singleton
public class AuditChainVerification {
    private static final Logger LOG = LoggerFactory.getLogger(AuditChainVerification.class);
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private final DataSource dataSource;
    private final AuditChainVerifier verifier;
    private final KafkaDefaultConfiguration kafka;
    private final JsonMapper json;
    private final String chain;
    private final Duration pendingWindow;
    private final Duration anchorTimeout;

    AuditChainVerification(
            DataSource dataSource,
            AuditKeys keys,
            KafkaDefaultConfiguration kafka,
            JsonMapper json,
            @Value("${lotse.audit.chain.name}") String chain,
            @Value("${lotse.audit.seal.late-commit-window:10m}") Duration lateCommitWindow,
            @Value("${lotse.audit.verification.anchor-timeout:15s}") Duration anchorTimeout) {
        // a connection of its own, outside any request transaction: one read-only snapshot
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.verifier = new AuditChainVerifier(keys);
        this.kafka = kafka;
        this.json = json;
        this.chain = chain;
        // an entry may wait for a late commit's gap to be looked at, plus a sealing pass
        this.pendingWindow = lateCommitWindow.plusMinutes(1);
        this.anchorTimeout = anchorTimeout;
    }

    public AuditChainReport verify() {
        long started = System.nanoTime();
        List<AuditAnchor> anchors = null;
        String anchorProblem = null;
        try {
            anchors = AuditAnchors.read(kafka.getConfig(), this::parse, anchorTimeout)
                    .getOrDefault(chain, List.of());
        } catch (RuntimeException e) {
            anchorProblem =
                    "Die Anker auf Kafka waren nicht lesbar: " + e.getClass().getSimpleName();
            LOG.warn("audit chain anchors not readable: {}", e.toString());
        }
        try (Connection connection = dataSource.getConnection()) {
            AuditChainReport report =
                    verifier.verify(connection, chain, anchors, anchorProblem, Instant.now(), pendingWindow);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (report.intact()) {
                LOG.info(
                        "audit chain {} verified in {} ms: intact, {} entries sealed",
                        chain,
                        millis,
                        report.sealedEntries());
            } else {
                LOG.warn("audit chain {} verified in {} ms: NOT intact, {}", chain, millis, report.counts());
            }
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("audit chain not readable", e);
        }
    }

    private Map<String, Object> parse(String value) {
        try {
            return json.readValue(value.getBytes(StandardCharsets.UTF_8), MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
