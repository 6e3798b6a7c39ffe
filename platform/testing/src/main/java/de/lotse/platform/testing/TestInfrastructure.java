package de.lotse.platform.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real PostgreSQL and Kafka broker an integration test runs against, chosen once per JVM:
 * <ol>
 *   <li>addresses supplied by the environment ({@code KAFKA_BOOTSTRAP_SERVERS} and
 *       {@code LOTSE_TEST_PG_URL}; {@code ./lotse test} starts the local processes once per
 *       build and supplies them this way),</li>
 *   <li>Testcontainers, when a Docker engine is available,</li>
 *   <li>otherwise the project's local processes (deploy/devinfra), started for this JVM.</li>
 * </ol>
 * If none works the test fails with the reason; it is never skipped.
 */
public abstract class TestInfrastructure {
    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);
    private static TestInfrastructure instance;

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = choose();
            LOG.info("integration test infrastructure: {}", instance.describe());
        }
        return instance;
    }

    private static TestInfrastructure choose() {
        String kafka = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        String pg = System.getenv("LOTSE_TEST_PG_URL");
        if (kafka != null && !kafka.isBlank() && pg != null && !pg.isBlank()) {
            return new SuppliedInfrastructure(kafka, pg,
                    envOr("LOTSE_TEST_PG_USER", "postgres"), envOr("LOTSE_TEST_PG_PASSWORD", "postgres"),
                    System.getenv("LOTSE_DEVINFRA_DIR"));
        }
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        if (docker) {
            return ContainerInfrastructure.start();
        }
        return LocalProcessInfrastructure.start();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public abstract String kafkaBootstrapServers();

    /** JDBC URL of the server's maintenance database, e.g. {@code jdbc:postgresql://host:port/postgres}. */
    protected abstract String serverJdbcUrl();

    public abstract String pgUser();

    public abstract String pgPassword();

    /** Stops the Kafka broker (its data survives), for outage tests. */
    public abstract void stopBroker();

    /** Starts the broker stopped by {@link #stopBroker()} and waits until it serves requests. */
    public abstract void startBroker();

    /**
     * Freezes the PostgreSQL server (SIGSTOP, or pausing its container): connections stay open and nothing
     * answers, as with a hung database. Always {@link #resumeDatabase()} in a {@code finally}: every test
     * database of the build lives on this server.
     */
    public abstract void stallDatabase();

    /** Lets the server stalled by {@link #stallDatabase()} go on. */
    public abstract void resumeDatabase();

    protected abstract String describe();

    /** A fresh, empty database on the shared server; each test JVM gets its own. */
    public synchronized String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("invalid database name " + name);
        }
        try (Connection connection = DriverManager.getConnection(serverJdbcUrl(), pgUser(), pgPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + " at " + serverJdbcUrl(), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        String server = serverJdbcUrl();
        int slash = server.lastIndexOf('/');
        return server.substring(0, slash + 1) + database;
    }
}
