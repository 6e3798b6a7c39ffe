package de.lotse.platform.jdbc;

/** A SQL statement failed; the surrounding transaction rolls back. */
public class DataAccessFailure extends RuntimeException {
    public DataAccessFailure(String sql, Throwable cause) {
        super("SQL failed: " + sql.strip().lines().findFirst().orElse(sql), cause);
    }
}
