package de.lotse.platform.problem;

import io.micronaut.http.HttpStatus;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL refused a write for what the request carried: a value of SQLState class 22 (data
 * exception: too long, out of range, a character it cannot store, unreadable text) or an integrity
 * rule the request broke (23502 missing value, 23503 unknown reference, 23514 check). That is the
 * caller's input, so a 4xx naming the field where the database names a column, never a 500; it
 * means a validation in front of the database is missing, which the log says (without the value).
 * Uniqueness (23505) stays a 409 in {@link DatabaseRefusals}.
 */
final class ContentRefusals {
    static final String RULE = "value-not-storable";

    private ContentRefusals() {}

    static Optional<ProblemException> of(Throwable failure) {
        return sqlException(failure).flatMap(ContentRefusals::refusal);
    }

    static Optional<String> sqlState(Throwable failure) {
        return sqlException(failure).map(SQLException::getSQLState);
    }

    private static Optional<SQLException> sqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static Optional<ProblemException> refusal(SQLException sql) {
        String state = sql.getSQLState();
        String field = column(sql);
        if (state.startsWith("22")) {
            return Optional.of(new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    dataMessage(state),
                    List.of(new Problem.Violation(field, RULE, dataMessage(state)))));
        }
        return switch (state) {
            case "23502" -> Optional.of(ProblemException.rule(field, "required", "Pflichtangabe fehlt."));
            case "23503" ->
                Optional.of(ProblemException.rule(
                        field, "reference-unknown", "Ein angegebener Bezug (z. B. eine ID) ist nicht bekannt."));
            case "23514" ->
                Optional.of(ProblemException.rule(
                        field, RULE, "Ein Wert verletzt eine Regel des Datenbestands und wurde nicht gespeichert."));
            default -> Optional.empty();
        };
    }

    private static String dataMessage(String state) {
        return switch (state) {
            case "22001" -> "Ein Text ist zu lang, um gespeichert zu werden.";
            case "22003" -> "Eine Zahl liegt außerhalb des Bereichs, der gespeichert werden kann.";
            case "22007", "22008" ->
                "Ein Datum oder eine Uhrzeit liegt außerhalb des Bereichs, der gespeichert werden kann.";
            case "22021", "22P05" -> "Ein Text enthält Zeichen, die nicht gespeichert werden können.";
            case "22P02" -> "Ein Wert hat nicht das erwartete Format.";
            default -> "Ein Wert kann so nicht gespeichert werden.";
        };
    }

    /**
     * The request field a column stands for, where PostgreSQL names one (not-null and some check
     * violations): Lotse's columns are the snake_case of the JSON properties. Null otherwise.
     */
    static String column(SQLException sql) {
        if (!(sql instanceof PSQLException) && sql.getNextException() instanceof PSQLException next) {
            sql = next; // a batch names its failed statement's error as the next exception
        }
        if (sql instanceof PSQLException psql) {
            ServerErrorMessage message = psql.getServerErrorMessage();
            String column = message == null ? null : message.getColumn();
            if (column != null && !column.isBlank()) {
                return camelCase(column);
            }
        }
        return null;
    }

    static String camelCase(String column) {
        StringBuilder out = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = !out.isEmpty();
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
