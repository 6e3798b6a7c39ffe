package de.lotse.platform.idempotency;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code idempotency_key}: the first answer to each caller's key, kept for
 * {@code lotse.idempotency.retention} (24 h) and then purged. Every method except the purge runs in
 * the transaction of the request it belongs to.
 */
@Singleton
class IdempotencyKeys {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeys.class);
    /**
     * First half of the two-part advisory lock key ("idem" as a number). The two-part keys never
     * conflict with the one-part key of the outbox relay's lock.
     */
    private static final int LOCK_NAMESPACE = 0x6964656d;

    /** The stored first answer. */
    record StoredAnswer(byte[] requestHash, int status, String location, String contentType, byte[] body) {}

    private final Statements sql;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeys(
            Statements sql,
            TransactionOperations<Connection> transactions,
            Clock clock,
            @Value("${lotse.idempotency.retention:24h}") Duration retention) {
        this.sql = sql;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    Duration retention() {
        return retention;
    }

    /**
     * Takes the key for this transaction, or answers false at once when another request with the same
     * key holds it (it is in flight). The lock ends with the transaction, after its rows became visible,
     * so whoever takes it next sees the stored answer.
     */
    boolean lock(String caller, String key) {
        return sql.query(
                        "select pg_try_advisory_xact_lock(:namespace, hashtext(:caller || chr(10) || :key))",
                        Params.of("namespace", LOCK_NAMESPACE)
                                .and("caller", caller)
                                .and("key", key),
                        rs -> rs.getBoolean(1))
                .get(0);
    }

    /** The answer stored for the key within its retention. */
    Optional<StoredAnswer> find(String caller, String key) {
        List<StoredAnswer> found = sql.query(
                """
                select request_hash, status, location, content_type, body from idempotency_key
                where caller = :caller and idempotency_key = :key and created_at > :cutoff""",
                Params.of("caller", caller).and("key", key).and("cutoff", cutoff()),
                rs -> new StoredAnswer(rs.getBytes(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBytes(5)));
        return found.stream().findFirst();
    }

    /** Stores the first answer; a row past its retention that the purge has not yet removed is replaced. */
    void store(String caller, String key, StoredAnswer answer) {
        int written = sql.update(
                """
                insert into idempotency_key (caller, idempotency_key, request_hash, status, location, content_type,
                                             body, created_at)
                values (:caller, :key, :requestHash, :status, :location, :contentType, :body, :createdAt)
                on conflict (caller, idempotency_key) do update
                set request_hash = excluded.request_hash, status = excluded.status, location = excluded.location,
                    content_type = excluded.content_type, body = excluded.body, created_at = excluded.created_at
                where idempotency_key.created_at <= :cutoff""",
                Params.of("caller", caller)
                        .and("key", key)
                        .and("requestHash", answer.requestHash())
                        .and("status", answer.status())
                        .and("location", answer.location())
                        .and("contentType", answer.contentType())
                        .and("body", answer.body())
                        .and("createdAt", clock.instant())
                        .and("cutoff", cutoff()));
        if (written != 1) {
            // cannot happen while the advisory lock is held: refuse rather than answer without a key
            throw new IllegalStateException("idempotency key stored concurrently");
        }
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void purge() {
        try {
            int purged = transactions.executeWrite(status -> sql.update(
                    "delete from idempotency_key where created_at <= :cutoff", Params.of("cutoff", cutoff())));
            if (purged > 0) {
                LOG.info("purged {} idempotency keys older than {}", purged, retention);
            }
        } catch (RuntimeException e) {
            LOG.warn("purging idempotency keys failed, next try in an hour: {}", e.toString());
        }
    }

    private Instant cutoff() {
        return clock.instant().minus(retention);
    }
}
