package de.lotse.platform.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

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
    /** The password of the test databases' roles (the local server trusts local connections anyway). */
    public static final String ROLE_PASSWORD = "lotse-test";

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
            return new SuppliedInfrastructure(
                    kafka,
                    pg,
                    envOr("LOTSE_TEST_PG_USER", "postgres"),
                    envOr("LOTSE_TEST_PG_PASSWORD", "postgres"),
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

    /**
     * A fresh, empty database on the shared server, as a service's database is set up everywhere
     * (deploy/README.md): owned by the role {@code <name>_owner}, which the migrations run as, and
     * open to the application role {@code <name>_app}, which the service runs as and which gets DML
     * rights on the tables only (the migrations' grants callback). No other role may connect.
     * Each test JVM gets its own database; the roles are reused across runs.
     */
    public synchronized String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,56}")) {
            throw new IllegalArgumentException("invalid database name " + name);
        }
        try (Connection connection = DriverManager.getConnection(serverJdbcUrl(), pgUser(), pgPassword());
                Statement statement = connection.createStatement()) {
            for (String role : List.of(ownerRole(name), applicationRole(name))) {
                // roles belong to the whole server; another test JVM may be creating the same one
                statement.execute("do $$ begin create role " + role + " login password '" + ROLE_PASSWORD
                        + "'; exception when duplicate_object or unique_violation then null; end $$");
            }
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name + " owner " + ownerRole(name));
            statement.execute("revoke all on database " + name + " from public");
            statement.execute("grant connect on database " + name + " to " + applicationRole(name));
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + " at " + serverJdbcUrl(), e);
        }
        return jdbcUrl(name);
    }

    /** The role that owns {@code database} and runs its migrations. */
    public static String ownerRole(String database) {
        return database + "_owner";
    }

    /** The role a service runs as on {@code database}: DML on its tables, nothing else. */
    public static String applicationRole(String database) {
        return database + "_app";
    }

    /** The name of the database a JDBC URL of this server points to. */
    public static String databaseOf(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    public String jdbcUrl(String database) {
        String server = serverJdbcUrl();
        int slash = server.lastIndexOf('/');
        return server.substring(0, slash + 1) + database;
    }
}
