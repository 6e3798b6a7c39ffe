package de.lotse.platform.testing;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Base of a service's integration tests: the service runs on its own fresh database of the real
 * PostgreSQL and on the real Kafka broker. Subclasses add {@code @MicronautTest(transactional = false)}
 * and name their service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceIT implements TestPropertyProvider {
    protected static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected JsonMapper json;

    @Inject
    protected JdbcOperations jdbc;

    @Inject
    protected Statements statements;

    @Inject
    protected TransactionOperations<Connection> transactions;

    @Inject
    protected MeterRegistry meters;

    /** The service under test, e.g. {@code intake}; names its database. */
    protected abstract String service();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(ServiceTestProperties.forService(service()));
        if (mutableClock()) {
            properties.put(MutableClockFactory.PROPERTY, "mutable");
        }
        return properties;
    }

    /** Whether the service runs on a {@link MutableClock} the test injects and moves (default: the real clock). */
    protected boolean mutableClock() {
        return false;
    }

    /** The one number a {@code select count(*) ...} (or another single-value query) answers, without parameters. */
    protected long count(String sql) {
        return count(sql, Params.none());
    }

    /**
     * The one number a {@code select count(*) ...} answers, parameters bound by name ({@code :caseId}) as in the
     * services' stores. For what only the tables can show (nothing written, audit entries, inbox internals);
     * where the API shows an effect, assert through the API.
     */
    protected long count(String sql, Params params) {
        return transactions.executeRead(status -> statements.count(sql, params));
    }

    /**
     * The types of the events written to the outbox about {@code aggregateId}, in the order written. For what the
     * broker cannot show: that a refused request published nothing, and the order across topics.
     */
    protected List<String> outboxTypes(Object aggregateId) {
        return transactions.executeRead(status -> statements.query(
                "select type from outbox_event where aggregateid = :aggregateId order by seq",
                Params.of("aggregateId", aggregateId.toString()),
                rs -> rs.getString(1)));
    }

    /**
     * A connection to the service's database as its owner role, for what the service itself may not
     * do (it runs as the application role: DML only) — e.g. {@code ANALYZE} before checking a query
     * plan. The caller closes it.
     */
    protected Connection ownerConnection() throws SQLException {
        String url = ServiceTestProperties.forService(service()).get("datasources.default.url");
        return DriverManager.getConnection(
                url,
                TestInfrastructure.ownerRole(TestInfrastructure.databaseOf(url)),
                TestInfrastructure.ROLE_PASSWORD);
    }

    /** The value of a counter, 0 if it was never incremented. */
    protected double counter(String name, String... tags) {
        Counter counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    /**
     * Sends a request that must fail with {@code status}; returns its HTTP error. A problem+json answer must
     * speak plain German to its users ({@link ProblemAssertions#assertPlainGerman}): checked here, for every
     * refusal the tests provoke.
     */
    protected HttpClientResponseException failing(HttpRequest<?> request, int status) {
        Throwable thrown = catchThrowable(() -> client.toBlocking().exchange(request, String.class));
        assertThat(thrown).as("expected HTTP %s", status).isInstanceOf(HttpClientResponseException.class);
        HttpClientResponseException error = (HttpClientResponseException) thrown;
        String body = error.getResponse().getBody(String.class).orElse("");
        assertThat(error.getStatus().getCode()).as(body).isEqualTo(status);
        boolean problemJson = error.getResponse()
                .getContentType()
                .map(type -> type.toString().startsWith("application/problem+json"))
                .orElse(false);
        if (problemJson && !body.isEmpty()) {
            try {
                ProblemAssertions.assertPlainGerman(json.readValue(body, JSON_OBJECT));
            } catch (IOException e) {
                throw new AssertionError("problem+json that is no JSON object: " + body, e);
            }
        }
        return error;
    }

    /** Sends a request that must be refused with {@code status} and a problem+json body; returns the body. */
    protected Map<String, Object> problem(HttpRequest<?> request, int status) {
        HttpClientResponseException error = failing(request, status);
        assertThat(error.getResponse().getContentType().map(MediaType::toString))
                .contains("application/problem+json");
        try {
            return json.readValue(error.getResponse().getBody(String.class).orElseThrow(), JSON_OBJECT);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
