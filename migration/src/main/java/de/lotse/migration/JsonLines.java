package de.lotse.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a JSON Lines file one record at a time, so that a file of any size needs the memory of one record.
 * A line that is not JSON, not an object or longer than {@link #MAX_LINE_CHARS} is handed on as a problem of
 * that line, and reading goes on with the next: one broken record never hides the others.
 */
public final class JsonLines implements Iterator<JsonLines.Entry>, AutoCloseable {
    /** A record with two thousand contacts and notes is far below this; a larger line is not a case record. */
    public static final int MAX_LINE_CHARS = 8 * 1024 * 1024;

    /** One line: its number and either the record or what is wrong with it. */
    public record Entry(long line, JsonNode record, Problem problem) {
        public Optional<JsonNode> valid() {
            return Optional.ofNullable(record);
        }
    }

    private final Reader reader;
    private final ObjectMapper json;
    private final StringBuilder buffer = new StringBuilder();
    private long lineNumber;
    private Entry next;
    private boolean ended;

    public JsonLines(Reader reader, ObjectMapper json) {
        this.reader = reader;
        this.json = json;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !ended) {
            next = readEntry();
        }
        return next != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry entry = next;
        next = null;
        return entry;
    }

    /** The next entry, or null for a blank line (or the end of the file, which sets {@code ended}). */
    private Entry readEntry() {
        buffer.setLength(0);
        boolean tooLong = false;
        try {
            int c;
            while ((c = reader.read()) != -1 && c != '\n') {
                if (buffer.length() < MAX_LINE_CHARS) {
                    buffer.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            if (c == -1) {
                ended = true;
                if (buffer.isEmpty()) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lineNumber++;
        if (tooLong) {
            return problem("TOO_LONG", "Die Zeile ist länger als " + MAX_LINE_CHARS + " Zeichen.");
        }
        String text = buffer.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(text);
            if (!node.isObject()) {
                return problem("NOT_AN_OBJECT", "Ein Datensatz ist ein JSON-Objekt je Zeile.");
            }
            return new Entry(lineNumber, node, null);
        } catch (JsonProcessingException e) {
            return problem(
                    "NOT_JSON",
                    "Die Zeile ist kein gültiges JSON (Spalte "
                            + e.getLocation().getColumnNr() + ").");
        }
    }

    private Entry problem(String rule, String message) {
        return new Entry(lineNumber, null, new Problem(lineNumber, "", "", rule, message));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
