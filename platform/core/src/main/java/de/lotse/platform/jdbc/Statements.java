package de.lotse.platform.jdbc;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL with named parameters ({@code :caseId}) on the current transaction's connection, for what a repository
 * interface does not fit (upserts, {@code SKIP LOCKED}, dynamic lists, aggregates). Binding by name means a
 * parameter cannot slide into the wrong column when a statement changes (positional {@code setX(n, …)} could).
 * A statement is parsed once ({@link NamedSql}) into JDBC's positional form and then runs through {@link Sql} on
 * Micronaut's connection, so the per-statement cost is a map lookup. (Jdbi did the same job measurably slower on
 * the write path: a handle and two configuration copies per statement, docs/benchmarks.md.) SQL errors become
 * {@link DataAccessFailure}, so the transaction rolls back and {@link DatabaseFailures} classifies them.
 */
@Singleton
public class Statements {
    private final JdbcOperations jdbc;
    private final Map<String, NamedSql> parsed = new ConcurrentHashMap<>();

    public Statements(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs an insert, update or delete; the number of rows it changed. */
    public int update(String sql, Params params) {
        NamedSql statement = parse(sql);
        return Sql.update(jdbc, statement.jdbcSql(), prepared -> bind(prepared, statement, params));
    }

    /**
     * Runs one statement for each set of values as a single JDBC batch (one round trip for a refresh of many rows);
     * the number of rows each changed.
     */
    public int[] batch(String sql, List<Params> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        NamedSql statement = parse(sql);
        return jdbc.prepareStatement(statement.jdbcSql(), prepared -> {
            try {
                for (Params row : rows) {
                    bind(prepared, statement, row);
                    prepared.addBatch();
                }
                return prepared.executeBatch();
            } catch (SQLException e) {
                throw new DataAccessFailure(statement.jdbcSql(), e);
            }
        });
    }

    /** Runs a read model's upsert; 1 if the fact created or replaced the row, 0 if the row holds a newer one. */
    public int upsert(UpsertIfNewer upsert, Params params) {
        return update(upsert.sql(), params);
    }

    /** The rows of a query, each mapped by {@code mapper}. */
    public <T> List<T> query(String sql, Params params, Sql.RowMapper<T> mapper) {
        NamedSql statement = parse(sql);
        return Sql.query(jdbc, statement.jdbcSql(), prepared -> bind(prepared, statement, params), mapper);
    }

    /** The one number a {@code count(*)} (or another single-value query) answers. */
    public long count(String sql, Params params) {
        return query(sql, params, rs -> rs.getLong(1)).get(0);
    }

    /**
     * A statement bound by name on a connection the caller manages (a streaming read in its own read-only
     * transaction, e.g. the audit chain's verification); the caller closes it.
     */
    public static PreparedStatement prepare(Connection connection, String sql, Params params) throws SQLException {
        NamedSql statement = NamedSql.parse(sql);
        PreparedStatement prepared = connection.prepareStatement(statement.jdbcSql());
        try {
            bind(prepared, statement, params);
            return prepared;
        } catch (SQLException | RuntimeException e) {
            prepared.close();
            throw e;
        }
    }

    private NamedSql parse(String sql) {
        // dynamic lists build a handful of shapes; the cache holds each shape once
        return parsed.computeIfAbsent(sql, NamedSql::parse);
    }

    private static void bind(PreparedStatement statement, NamedSql sql, Params params) throws SQLException {
        List<String> names = sql.names();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!params.values.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name + " in " + sql.jdbcSql());
            }
            set(statement, i + 1, params.values.get(name));
        }
    }

    private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant)); // the tables have timestamptz
        } else if (value instanceof String[] texts) {
            statement.setArray(index, statement.getConnection().createArrayOf("text", texts));
        } else if (value instanceof UUID[] ids) {
            statement.setArray(index, statement.getConnection().createArrayOf("uuid", ids));
        } else if (value instanceof Long[] numbers) {
            statement.setArray(index, statement.getConnection().createArrayOf("int8", numbers));
        } else if (value instanceof byte[][] bytes) {
            statement.setArray(index, statement.getConnection().createArrayOf("bytea", bytes));
        } else {
            statement.setObject(index, value);
        }
    }

    /**
     * The named values of a statement, in the order given; {@code null} is a value (SQL NULL), unlike in
     * {@link Map#of}. An enum binds as its name; {@code String[]}, {@code UUID[]}, {@code Long[]} and {@code byte[][]}
     * bind as arrays of text, uuid, int8 and bytea. A value the SQL does not use is allowed (a count and its page
     * share one set); a name the SQL uses without a value fails the statement.
     */
    public static final class Params {
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Params() {}

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

    /**
     * A statement with {@code :name} parameters in JDBC's positional form: each {@code :name} outside string
     * literals, quoted identifiers and comments becomes {@code ?}; a PostgreSQL cast ({@code ::jsonb}) stays.
     *
     * @param jdbcSql the statement with {@code ?}
     * @param names   the parameter name of each {@code ?}, in order (a name may repeat)
     */
    record NamedSql(String jdbcSql, List<String> names) {

        static NamedSql parse(String sql) {
            StringBuilder out = new StringBuilder(sql.length());
            List<String> names = new ArrayList<>();
            int i = 0;
            int n = sql.length();
            while (i < n) {
                char c = sql.charAt(i);
                if (c == '\'' || c == '"') {
                    int end = sql.indexOf(c, i + 1);
                    // a doubled quote inside is an escaped one: the scan just continues after it
                    end = end < 0 ? n - 1 : end;
                    out.append(sql, i, end + 1);
                    i = end + 1;
                } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                    int end = sql.indexOf('\n', i);
                    end = end < 0 ? n : end;
                    out.append(sql, i, end);
                    i = end;
                } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                    int end = sql.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                    out.append(sql, i, end);
                    i = end;
                } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                    out.append("::");
                    i += 2;
                } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                    int end = i + 1;
                    while (end < n && Character.isJavaIdentifierPart(sql.charAt(end))) {
                        end++;
                    }
                    names.add(sql.substring(i + 1, end));
                    out.append('?');
                    i = end;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return new NamedSql(out.toString(), List.copyOf(names));
        }
    }
}
