package de.lotse.platform.jdbc;

import io.micronaut.data.connection.exceptions.ConnectionException;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a database that is away or overloaded from a request the database refused for its content.
 * The first kind is worth retrying a little later (HTTP 503 with {@code Retry-After}, a consumer pauses
 * and tries again); the second is answered at once and never retried.
 *
 * <p>Looks through the whole cause chain, because the failure arrives wrapped: micronaut-data wraps
 * SQL errors in its own exceptions, the transaction manager in {@code CannotCreateTransactionException}
 * (no connection) or {@code TransactionSystemException} (commit failed), the {@link Sql} helper in
 * {@link DataAccessFailure}.
 */
public final class DatabaseFailures {

    /** Why the database could not do the work just now. */
    public enum Kind {
        /**
         * The database cannot be reached or does not answer: no connection from the pool within its
         * wait, connection refused or broken, the socket read timed out, the server shuts down or
         * starts up, too many connections. Nothing the statement did decides this.
         */
        UNAVAILABLE,
        /**
         * The database answers but could not finish in time: the statement timeout cancelled it
         * (57014), a lock was not granted within the lock timeout (55P03), or the transaction lost a
         * serialization or deadlock race (40001, 40P01). Retrying later may well succeed.
         */
        BUSY
    }

    /** SQLSTATEs of a server that shuts down, crashed or is starting (class 57, operator intervention). */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03", "57P04", "57P05");

    private static final Set<String> BUSY_STATES = Set.of("57014", "55P03", "40001", "40P01");

    private DatabaseFailures() {}

    /** The transient kind of this failure, or empty when it is not a transient database failure. */
    public static Optional<Kind> kindOf(Throwable failure) {
        Kind found = null;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            Kind kind = kindOfOne(t);
            if (kind == Kind.UNAVAILABLE) {
                return Optional.of(kind);
            }
            if (kind != null) {
                found = kind;
            }
        }
        return Optional.ofNullable(found);
    }

    /** True when the database is away: consumers pause without counting an attempt. */
    public static boolean isUnavailable(Throwable failure) {
        return kindOf(failure).filter(kind -> kind == Kind.UNAVAILABLE).isPresent();
    }

    /** True when retrying later may succeed: requests answer 503 with {@code Retry-After}. */
    public static boolean isTransient(Throwable failure) {
        return kindOf(failure).isPresent();
    }

    private static Kind kindOfOne(Throwable t) {
        if (t instanceof SQLTransientConnectionException
                || t instanceof SQLRecoverableException
                || t instanceof SocketTimeoutException
                || t instanceof ConnectException
                || t instanceof SocketException) {
            // HikariCP's "Connection is not available, request timed out" is an SQLTransientConnectionException
            return Kind.UNAVAILABLE;
        }
        if (t instanceof ConnectionException) {
            // micronaut-data could not get, set up or reset a connection: after a broken one (socket timeout)
            // resetting it fails on HikariCP's closed proxy with no SQLSTATE, and the first failure is lost
            return Kind.UNAVAILABLE;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.startsWith("08") || state.startsWith("53") || SERVER_GOING_AWAY.contains(state)) {
                // 08: connection exception (pgjdbc reports a socket timeout as 08006); 53: out of resources
                return Kind.UNAVAILABLE;
            }
            if (BUSY_STATES.contains(state)) {
                return Kind.BUSY;
            }
        }
        return null;
    }
}
