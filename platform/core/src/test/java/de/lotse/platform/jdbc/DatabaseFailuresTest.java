package de.lotse.platform.jdbc;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.transaction.exceptions.TransactionSystemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(
                        "pool wait expired (HikariCP)",
                        new CannotGetJdbcConnectionException(
                                "Failed to obtain JDBC Connection",
                                new SQLTransientConnectionException(
                                        "HikariPool-1 - Connection is not available, request timed out after 3000ms")),
                        Optional.of(DatabaseFailures.Kind.UNAVAILABLE)),
                Arguments.of(
                        "socket timeout (pgjdbc 08006)",
                        new DataAccessFailure(
                                "insert into x values (?)",
                                new SQLException(
                                        "An I/O error occurred while sending to the backend.",
                                        "08006",
                                        new SocketTimeoutException("Read timed out"))),
                        Optional.of(DatabaseFailures.Kind.UNAVAILABLE)),
                Arguments.of(
                        "commit on a closed connection (08003)",
                        new TransactionSystemException(
                                "Could not commit JDBC transaction",
                                new SQLException("This connection has been closed.", "08003")),
                        Optional.of(DatabaseFailures.Kind.UNAVAILABLE)),
                // seen in the 10 s stall: the socket timeout broke the connection, and resetting it after the
                // rollback failed on HikariCP's closed proxy, whose SQLException carries no SQLSTATE
                Arguments.of(
                        "connection reset after a broken connection (micronaut-data)",
                        new ConnectionException(
                                "Could not set JDBC Connection [HikariProxyConnection@1] read-only: Connection is closed",
                                new SQLException("Connection is closed")),
                        Optional.of(DatabaseFailures.Kind.UNAVAILABLE)),
                Arguments.of(
                        "server shutting down (57P01)",
                        new DataAccessFailure(
                                "select 1",
                                new SQLException("terminating connection due to administrator command", "57P01")),
                        Optional.of(DatabaseFailures.Kind.UNAVAILABLE)),
                Arguments.of(
                        "server starting (57P03)",
                        new SQLException("the database system is starting up", "57P03"),
                        Optional.of(DatabaseFailures.Kind.UNAVAILABLE)),
                Arguments.of(
                        "too many connections (53300)",
                        new SQLException("sorry, too many clients already", "53300"),
                        Optional.of(DatabaseFailures.Kind.UNAVAILABLE)),
                Arguments.of(
                        "statement timeout (57014)",
                        new DataAccessFailure(
                                "select", new SQLException("canceling statement due to statement timeout", "57014")),
                        Optional.of(DatabaseFailures.Kind.BUSY)),
                Arguments.of(
                        "lock timeout (55P03)",
                        new SQLException("canceling statement due to lock timeout", "55P03"),
                        Optional.of(DatabaseFailures.Kind.BUSY)),
                Arguments.of(
                        "deadlock (40P01)",
                        new SQLException("deadlock detected", "40P01"),
                        Optional.of(DatabaseFailures.Kind.BUSY)),
                Arguments.of(
                        "unique violation (23505): the request's content",
                        new DataAccessFailure(
                                "insert", new SQLException("duplicate key value violates unique constraint", "23505")),
                        Optional.empty()),
                Arguments.of(
                        "invalid byte (22021): the request's content",
                        new SQLException("invalid byte sequence", "22021"),
                        Optional.empty()),
                Arguments.of("a bug, not the database", new IllegalStateException("boom"), Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void tellsADatabaseThatIsAwayOrBusyFromARefusedRequest(
            String description, Throwable failure, Optional<DatabaseFailures.Kind> kind) {
        assertThat(DatabaseFailures.kindOf(failure)).isEqualTo(kind);
        assertThat(DatabaseFailures.isTransient(failure)).isEqualTo(kind.isPresent());
        assertThat(DatabaseFailures.isUnavailable(failure))
                .isEqualTo(
                        kind.filter(k -> k == DatabaseFailures.Kind.UNAVAILABLE).isPresent());
    }
}
