package de.lotse.platform.jdbc;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL on the current transaction's connection, for the places where a repository
 * interface does not fit (upserts, {@code SKIP LOCKED}, aggregates). SQL errors become
 * {@link DataAccessFailure} so the transaction rolls back.
 */
public final class Sql {

    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Sql() {}

    public static int update(JdbcOperations jdbc, String sql, Binder binder) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                binder.bind(statement);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new DataAccessFailure(sql, e);
            }
        });
    }

    public static <T> List<T> query(JdbcOperations jdbc, String sql, Binder binder, RowMapper<T> mapper) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                binder.bind(statement);
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new DataAccessFailure(sql, e);
            }
        });
    }
}
