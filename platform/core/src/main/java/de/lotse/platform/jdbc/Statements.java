package de.lotse.platform.jdbc;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatement;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * SQL with named parameters ({@code :caseId}) on the current transaction's connection, for what a repository
 * interface does not fit (upserts, {@code SKIP LOCKED}, dynamic lists, aggregates). Binding by name means a
 * parameter cannot slide into the wrong column when a statement changes (positional {@code setX(n, …)} could).
 * The parsing and binding are Jdbi's; the connection and the transaction stay Micronaut's: a handle here never
 * opens, commits or closes a connection. SQL errors become {@link DataAccessFailure}, so the transaction rolls
 * back and {@link DatabaseFailures} classifies them as before.
 */
@Singleton
public class Statements {
    private final Jdbi jdbi;

    public Statements(JdbcOperations jdbc) {
        this.jdbi = Jdbi.create(new org.jdbi.v3.core.ConnectionFactory() {
            @Override
            public Connection openConnection() {
                return jdbc.getConnection();
            }

            @Override
            public void closeConnection(Connection connection) {
                // the transaction owns the connection: Micronaut returns it to the pool
            }
        });
        // the connection is in Micronaut's transaction (auto-commit off): that is not a transaction left open here
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
        // a count and its page share one set of values; a name the SQL lacks still fails (missing, not unused)
        jdbi.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setUnusedBindingAllowed(true);
        jdbi.registerArrayType(String.class, "text");
        jdbi.registerArrayType(UUID.class, "uuid");
        // Jdbi binds an Instant as timestamp without time zone; the tables have timestamptz
        jdbi.registerArgument(new org.jdbi.v3.core.argument.AbstractArgumentFactory<Instant>(java.sql.Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected org.jdbi.v3.core.argument.Argument build(Instant value, org.jdbi.v3.core.config.ConfigRegistry config) {
                return (position, statement, context) -> statement.setTimestamp(position, Timestamp.from(value));
            }
        });
    }

    /** Runs an insert, update or delete; the number of rows it changed. */
    public int update(String sql, Params params) {
        return run(sql, handle -> bind(handle.createUpdate(sql), params).execute());
    }

    /** The rows of a query, each mapped by {@code mapper}. */
    public <T> List<T> query(String sql, Params params, Sql.RowMapper<T> mapper) {
        return run(sql, handle -> bind(handle.createQuery(sql), params).map((rs, ctx) -> mapper.map(rs)).list());
    }

    /** The one number a {@code count(*)} (or another single-value query) answers. */
    public long count(String sql, Params params) {
        return query(sql, params, rs -> rs.getLong(1)).get(0);
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Params params) {
        params.values().forEach(statement::bind);
        return statement;
    }

    private <T> T run(String sql, Function<Handle, T> work) {
        try (Handle handle = jdbi.open()) {
            return work.apply(handle);
        } catch (JdbiException e) {
            throw new DataAccessFailure(sql, e.getCause() != null ? e.getCause() : e);
        }
    }

    /**
     * The named values of a statement, in the order given; {@code null} is a value (SQL NULL), unlike in
     * {@link Map#of}. An enum binds as its name.
     */
    public static final class Params {
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Params() {
        }

        public static Params none() {
            return new Params();
        }

        public static Params of(String name, Object value) {
            return new Params().and(name, value);
        }

        /** Each entry of {@code values} as a parameter of its key's name (e.g. a row's columns). */
        public static Params ofAll(Map<String, ?> values) {
            Params params = new Params();
            values.forEach(params::and);
            return params;
        }

        public Params and(String name, Object value) {
            if (values.containsKey(name)) {
                throw new IllegalArgumentException("parameter :" + name + " given twice");
            }
            values.put(name, value instanceof Enum<?> constant ? constant.name() : value);
            return this;
        }

        /** The values by name, for the statement (and tests). */
        public Map<String, Object> values() {
            return Collections.unmodifiableMap(values);
        }
    }
}
