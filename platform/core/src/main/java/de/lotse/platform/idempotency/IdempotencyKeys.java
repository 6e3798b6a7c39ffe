package de.lotse.platform.idempotency;

import de.lotse.platform.jdbc.Sql;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Timestamp;
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
    record StoredAnswer(byte[] requestHash, int status, String location, String contentType, byte[] body) {
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeys(JdbcOperations jdbc, TransactionOperations<Connection> transactions, Clock clock,
                    @Value("${lotse.idempotency.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
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
        return Sql.query(jdbc, "select pg_try_advisory_xact_lock(?, hashtext(? || chr(10) || ?))", statement -> {
            statement.setInt(1, LOCK_NAMESPACE);
            statement.setString(2, caller);
            statement.setString(3, key);
        }, rs -> rs.getBoolean(1)).get(0);
    }

    /** The answer stored for the key within its retention. */
    Optional<StoredAnswer> find(String caller, String key) {
        List<StoredAnswer> found = Sql.query(jdbc, """
                select request_hash, status, location, content_type, body from idempotency_key
                where caller = ? and idempotency_key = ? and created_at > ?""", statement -> {
            statement.setString(1, caller);
            statement.setString(2, key);
            statement.setTimestamp(3, Timestamp.from(cutoff()));
        }, rs -> new StoredAnswer(rs.getBytes(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBytes(5)));
        return found.stream().findFirst();
    }

    /** Stores the first answer; a row past its retention that the purge has not yet removed is replaced. */
    void store(String caller, String key, StoredAnswer answer) {
        int written = Sql.update(jdbc, """
                insert into idempotency_key (caller, idempotency_key, request_hash, status, location, content_type,
                                             body, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (caller, idempotency_key) do update
                set request_hash = excluded.request_hash, status = excluded.status, location = excluded.location,
                    content_type = excluded.content_type, body = excluded.body, created_at = excluded.created_at
                where idempotency_key.created_at <= ?""", statement -> {
            statement.setString(1, caller);
            statement.setString(2, key);
            statement.setBytes(3, answer.requestHash());
            statement.setInt(4, answer.status());
            statement.setString(5, answer.location());
            statement.setString(6, answer.contentType());
            statement.setBytes(7, answer.body());
            statement.setTimestamp(8, Timestamp.from(clock.instant()));
            statement.setTimestamp(9, Timestamp.from(cutoff()));
        });
        if (written != 1) {
            // cannot happen while the advisory lock is held: refuse rather than answer without a key
            throw new IllegalStateException("idempotency key stored concurrently");
        }
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void purge() {
        try {
            int purged = transactions.executeWrite(status -> Sql.update(jdbc,
                    "delete from idempotency_key where created_at <= ?",
                    statement -> statement.setTimestamp(1, Timestamp.from(cutoff()))));
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
