package de.lotse.migration;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source system's ids of staff or teams mapped to Lotse's (the identity provider's subjects, the team ids):
 * a file of {@code source id;lotse id} lines, semicolon-separated as German spreadsheets write them, an optional
 * header {@code quelle;lotse}. Without a file the ids are taken as they are (a file Lotse exported itself).
 */
public final class IdMapping {
    private final String what;
    private final Map<String, String> ids;

    private IdMapping(String what, Map<String, String> ids) {
        this.what = what;
        this.ids = ids;
    }

    /** Every id stays as it is. */
    public static IdMapping identity(String what) {
        return new IdMapping(what, null);
    }

    public static IdMapping read(String what, Path file) throws IOException {
        Map<String, String> ids = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .setTrim(true)
                    .setIgnoreEmptyLines(true)
                    .setCommentMarker('#')
                    .get()
                    .parse(reader)) {
                if (row.size() < 2 || (row.getRecordNumber() == 1 && "quelle".equalsIgnoreCase(row.get(0)))) {
                    continue;
                }
                String before = ids.put(row.get(0), row.get(1));
                if (before != null && !before.equals(row.get(1))) {
                    throw new IllegalArgumentException(
                            file + ", Zeile " + row.getRecordNumber() + ": " + row.get(0) + " ist doppelt zugeordnet.");
                }
            }
        }
        return new IdMapping(what, ids);
    }

    /** Lotse's id for a source id; empty where the mapping file does not name it. */
    public Optional<String> map(String sourceId) {
        return ids == null ? Optional.of(sourceId) : Optional.ofNullable(ids.get(sourceId));
    }

    /**
     * Lotse's id for a source id; where the mapping file does not name it, the id as it is and a problem
     * {@code UNMAPPED_ID} at {@code field} — never a guess.
     */
    public String mapOrReport(String sourceId, long line, String source, String field, List<Problem> problems) {
        return map(sourceId).orElseGet(() -> {
            problems.add(new Problem(
                    line,
                    source,
                    field,
                    "UNMAPPED_ID",
                    what + " „" + sourceId + "“ steht nicht in der Zuordnungsdatei."));
            return sourceId;
        });
    }

    /** What the ids are, for a problem: {@code Fachkraft}, {@code Team}. */
    public String what() {
        return what;
    }
}
