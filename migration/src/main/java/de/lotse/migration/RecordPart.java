package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The Jobcenter-wide records of the file (docs/import.md) that one service keeps — partners and consent forms,
 * which come before the cases that name them: checked in batches in the first pass
 * ({@link #checkPath()}, a body {@code {"records": [...]}} answered like a case check), taken over one by one
 * in the second ({@link #putPath(String)}), before the cases. A {@link CasePart} that also keeps records
 * implements this too; its service's client serves both.
 */
public interface RecordPart {
    /** The kinds of records this service keeps ({@code partner}, {@code consentForm}). */
    List<String> kinds();

    /** Where a batch of records is checked without writing. */
    String checkPath();

    /** Where one record of the kind is taken over (answering {@code id}, {@code result}, {@code changes}). */
    String putPath(String kind);

    /** The service's body of one record. */
    ObjectNode body(JsonNode record);

    /**
     * Where the service exports the records it keeps, each answering {@code {"records": [...]}} in the format;
     * they come before the cases in an export file.
     */
    List<String> exportPaths();
}
