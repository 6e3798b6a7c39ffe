package de.lotse.platform.problem;

import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.InvalidInput;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.jdbc.DataAccessFailure;
import de.lotse.platform.jdbc.DatabaseFailures;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Turns a refused request ({@link ProblemException}) into its problem+json response. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
        return respond(request, exception);
    }

    static HttpResponse<Problem> respond(HttpRequest<?> request, ProblemException exception) {
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(exception.status())
                .contentType(Problem.MEDIA_TYPE)
                .body(ProblemResponses.of(exception, request));
        if (exception.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            // when to come back: about the time the service waits for its database (docs/architecture.md)
            response.header(HttpHeaders.RETRY_AFTER, DatabaseRefusals.RETRY_AFTER_SECONDS);
        }
        return response;
    }
}

/** Turns a refused domain rule into problem+json 422. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class RuleViolationHandler implements ExceptionHandler<RuleViolation, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuleViolation violation) {
        return ProblemExceptionHandler.respond(
                request,
                new ProblemException(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        "rule-violated",
                        violation.getMessage(),
                        violation.broken().stream()
                                .map(broken -> new Problem.Violation(broken.field(), broken.rule(), broken.message()))
                                .toList()));
    }
}

/** Turns an operation that does not fit the aggregate's state into problem+json 409. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class StateConflictHandler implements ExceptionHandler<StateConflict, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, StateConflict conflict) {
        return ProblemExceptionHandler.respond(
                request,
                conflict.rule() == null
                        ? ProblemException.conflict(conflict.getMessage())
                        : ProblemException.conflict(conflict.rule(), conflict.getMessage()));
    }
}

/** Turns an unknown object (or one of another Jobcenter) into problem+json 404. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class NotFoundHandler implements ExceptionHandler<NotFound, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, NotFound notFound) {
        return ProblemExceptionHandler.respond(
                request, new ProblemException(HttpStatus.NOT_FOUND, "not-found", notFound.getMessage(), List.of()));
    }
}

/** Turns a refusal by an access rule into problem+json 403. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class AccessDeniedHandler implements ExceptionHandler<AccessDenied, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AccessDenied denied) {
        return ProblemExceptionHandler.respond(
                request,
                denied.rule() == null
                        ? ProblemException.forbidden(denied.getMessage())
                        : ProblemException.forbidden(denied.rule(), denied.getMessage()));
    }
}

/** Turns a request value refused against the stored state into problem+json 400. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class InvalidInputHandler implements ExceptionHandler<InvalidInput, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidInput invalid) {
        return ProblemExceptionHandler.respond(
                request, ProblemException.invalid(invalid.field(), invalid.rule(), invalid.getMessage()));
    }
}

/**
 * Two requests changed the same aggregate at once: the second one's optimistic lock fails and its
 * transaction rolled back. The caller can reload and retry, so this is a 409, not a server error.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class OptimisticLockHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, OptimisticLockException exception) {
        return ProblemExceptionHandler.respond(
                request,
                ProblemException.conflict(
                        "CONCURRENT_CHANGE",
                        "Der Datensatz wurde gleichzeitig von jemand anderem geändert. Bitte neu laden und wiederholen."));
    }
}

/**
 * A uniqueness rule of the database refused a write that a concurrent request made first (e.g. two
 * referrals of the same customer at once): 409. Every other SQL failure stays a server error,
 * reported without internals.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class DataAccessFailureHandler implements ExceptionHandler<DataAccessFailure, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DataAccessFailure failure) {
        return DatabaseRefusals.respond(request, failure);
    }
}

/** The same for the repositories of micronaut-data, which wrap SQL errors in their own exception. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class RepositoryFailureHandler implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DataAccessException failure) {
        return DatabaseRefusals.respond(request, failure);
    }
}

/**
 * No connection could be had: the pool waited its {@code connection-timeout} in vain, or the driver
 * could not connect. micronaut-data reports this outside its {@link DataAccessException}.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class ConnectionFailureHandler implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CannotGetJdbcConnectionException failure) {
        return DatabaseRefusals.respond(request, failure);
    }
}

/** A connection broke while it was being handed back or closed. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class ConnectionCloseFailureHandler implements ExceptionHandler<ConnectionException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConnectionException failure) {
        return DatabaseRefusals.respond(request, failure);
    }
}

/**
 * Beginning, committing or rolling back the transaction failed. A commit that failed because the
 * database stopped answering has an unknown outcome: the answer is 503 all the same, and a retry with
 * the same {@code Idempotency-Key} finds out (the key commits with the write, or not at all).
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class TransactionFailureHandler implements ExceptionHandler<TransactionException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, TransactionException failure) {
        return DatabaseRefusals.respond(request, failure);
    }
}

final class DatabaseRefusals {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRefusals.class);
    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * Seconds a client waits before it repeats a request answered 503: about the longest a request
     * waits for the database (pool wait 3 s, socket timeout 5 s), so a retry does not pile onto a
     * database that is still away.
     */
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseRefusals() {}

    static HttpResponse<Problem> respond(HttpRequest<?> request, RuntimeException failure) {
        // the database is away or busy: 503 + Retry-After, never 500
        Optional<DatabaseFailures.Kind> transientFailure = DatabaseFailures.kindOf(failure);
        if (transientFailure.isPresent()) {
            return unavailable(request, failure, transientFailure.get());
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return ProblemExceptionHandler.respond(
                        request,
                        ProblemException.conflict(
                                "DUPLICATE", "Ein gleichartiger Datensatz wurde soeben angelegt. Bitte neu laden."));
            }
        }
        // content the database cannot store: a 4xx, never a 500
        Optional<ProblemException> refusedContent = ContentRefusals.of(failure);
        if (refusedContent.isPresent()) {
            LOG.warn(
                    "request {} {} was refused by the database for its content ({}); a validation is missing",
                    request.getMethod(),
                    request.getPath(),
                    ContentRefusals.sqlState(failure).orElse("?"));
            return ProblemExceptionHandler.respond(request, refusedContent.get());
        }
        LOG.error("request {} {} failed in the database", request.getMethod(), request.getPath(), failure);
        return ProblemExceptionHandler.respond(
                request,
                new ProblemException(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "server-error",
                        "Interner Fehler. Bitte die Korrelations-ID an den Betrieb melden.",
                        List.of()));
    }

    static final String UNAVAILABLE_MESSAGE = "Die Datenbank des Dienstes ist gerade nicht erreichbar oder überlastet; "
            + "es wurde nichts gespeichert. Bitte die Anfrage in einigen Sekunden wiederholen "
            + "(mit demselben Idempotency-Key wird sie nicht doppelt ausgeführt).";

    static HttpResponse<Problem> unavailable(HttpRequest<?> request, Throwable failure, DatabaseFailures.Kind kind) {
        // expected while the database is away: one line per request, no stack trace
        LOG.warn(
                "request {} {} answered 503, database {}: {}",
                request.getMethod(),
                request.getPath(),
                kind == DatabaseFailures.Kind.UNAVAILABLE ? "unavailable" : "busy",
                rootMessage(failure));
        return ProblemExceptionHandler.respond(request, ProblemException.unavailable(UNAVAILABLE_MESSAGE));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
