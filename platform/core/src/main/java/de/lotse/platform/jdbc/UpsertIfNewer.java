package de.lotse.platform.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The read models' one write: a fact creates its row or, if the row exists, replaces the columns it owns only when
 * it is newer (by its own time or version column) than the fact that wrote them — so events may arrive in any order
 * and twice, and the newest still wins (docs/architecture.md "Read models"). A missing or {@code NULL} version in the
 * row (the row was created by another kind of fact) counts as older than any fact.
 * <p>
 * Built once per statement, as a constant; {@link #sql()} binds each column by a parameter of the column's name,
 * and {@link Statements#upsert} runs it:
 * <pre>{@code
 * private static final UpsertIfNewer RESPONSIBILITY = UpsertIfNewer.into("caseload_case").key("case_id")
 *         .insertOnly("jobcenter_id").set("team_id", "case_manager_id").newestBy("responsibility_at");
 * statements.upsert(RESPONSIBILITY, Params.of("case_id", id).and("jobcenter_id", jc)…);
 * }</pre>
 */
public final class UpsertIfNewer {
    private final String sql;
    private final List<String> columns;

    private UpsertIfNewer(String sql, List<String> columns) {
        this.sql = sql;
        this.columns = columns;
    }

    /** Starts the statement for {@code table}. */
    public static Builder into(String table) {
        return new Builder(table);
    }

    /** The statement with {@code :column} parameters, for {@link Statements#update}. */
    public String sql() {
        return sql;
    }

    /** Every column the statement writes, i.e. every parameter it needs (in order). */
    public List<String> columns() {
        return columns;
    }

    /** Collects the columns by what happens to them when the row already exists. */
    public static final class Builder {
        private final String table;
        private final List<String> keys = new ArrayList<>();
        private final List<String> insertOnly = new ArrayList<>();
        private final List<String> replaced = new ArrayList<>();
        private final List<String> filledIfEmpty = new ArrayList<>();

        private Builder(String table) {
            this.table = identifier(table);
        }

        /** The conflict target: the row's key (a unique constraint). */
        public Builder key(String... columns) {
            keys.addAll(identifiers(columns));
            return this;
        }

        /** Written only when the fact creates the row; an existing row keeps its value (e.g. the Jobcenter). */
        public Builder insertOnly(String... columns) {
            insertOnly.addAll(identifiers(columns));
            return this;
        }

        /** Replaced by a newer fact. */
        public Builder set(String... columns) {
            replaced.addAll(identifiers(columns));
            return this;
        }

        /** Written once and then kept, whichever fact brings it first: {@code coalesce(existing, new)}. */
        public Builder fillIfEmpty(String... columns) {
            filledIfEmpty.addAll(identifiers(columns));
            return this;
        }

        /** The newest fact by {@code column} wins (the column is replaced with the others). */
        public UpsertIfNewer newestBy(String column) {
            return build(identifier(column), "<");
        }

        /** The earliest fact by {@code column} wins (e.g. the first end of a consent that ended twice). */
        public UpsertIfNewer earliestBy(String column) {
            return build(identifier(column), ">");
        }

        private UpsertIfNewer build(String version, String olderThan) {
            if (keys.isEmpty()) {
                throw new IllegalStateException("an upsert of " + table + " needs its key");
            }
            List<String> columns = Stream.of(keys, insertOnly, replaced, filledIfEmpty, List.of(version))
                    .flatMap(List::stream)
                    .toList();
            if (columns.stream().distinct().count() != columns.size()) {
                throw new IllegalStateException("a column of " + table + " is named twice: " + columns);
            }
            String updates = Stream.concat(
                            Stream.concat(replaced.stream(), Stream.of(version)).map(c -> c + " = excluded." + c),
                            filledIfEmpty.stream()
                                    .map(c -> c + " = coalesce(" + table + "." + c + ", excluded." + c + ")"))
                    .collect(Collectors.joining(", "));
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")"
                    + " on conflict (" + String.join(", ", keys) + ") do update set " + updates
                    + " where " + table + "." + version + " is null or " + table + "." + version + " " + olderThan
                    + " excluded." + version;
            return new UpsertIfNewer(sql, columns);
        }

        private static List<String> identifiers(String... names) {
            return Stream.of(names).map(UpsertIfNewer::identifier).toList();
        }
    }

    /** Table and column names are constants of the code, never input: anything but a plain name is a mistake. */
    private static String identifier(String name) {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain SQL name: " + name);
        }
        return name;
    }
}
