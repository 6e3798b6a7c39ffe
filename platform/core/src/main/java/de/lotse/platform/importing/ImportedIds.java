package de.lotse.platform.importing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of imported things, derived from their source keys (docs/import.md): the same Jobcenter and source key
 * always name the same case, the same case and item {@code sourceId} the same contact, need or consent. This is
 * what makes an import repeatable and lets one service name another's imported item (a plan's strategy names an
 * assessment's need by its sourceId) without asking it.
 */
public final class ImportedIds {
    private ImportedIds() {}

    /** The case's id in Lotse for a record of a Jobcenter, keyed by source system and source id. */
    public static UUID caseId(String jobcenterId, String system, String sourceId) {
        return named("lotse-import|" + jobcenterId + "|" + system + "|" + sourceId);
    }

    /**
     * The id of an item of an imported case.
     *
     * @param kind what the item is ({@code contact}, {@code measure}, {@code need}, …): the same sourceId may name
     *     items of different kinds
     */
    public static UUID itemId(UUID caseId, String kind, String sourceId) {
        return named("lotse-import|" + caseId + "|" + kind + "|" + sourceId);
    }

    /** The id of a Jobcenter-wide imported record (a partner, a consent form), keyed by its source key. */
    public static UUID recordId(String jobcenterId, String kind, String system, String sourceId) {
        return named("lotse-import|" + jobcenterId + "|" + kind + "|" + system + "|" + sourceId);
    }

    private static UUID named(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
