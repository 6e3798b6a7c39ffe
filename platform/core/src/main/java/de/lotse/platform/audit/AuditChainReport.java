package de.lotse.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a verification of one service's audit chain found. Positions, row ids and kinds only — never
 * the content of an entry.
 *
 * @param chain            the chain's name (the service's)
 * @param verifiedAt       when
 * @param intact           nothing altered, deleted or inserted; every entry older than the late-commit
 *                         window sealed; the anchors on Kafka read and matched
 * @param chainLength      the highest position
 * @param sealedEntries    seals walked
 * @param pendingEntries   entries with a valid MAC, not sealed yet, younger than the late-commit window
 * @param anchors          what the anchors on Kafka showed
 * @param firstAltered     the first finding (lowest position) whose category is ALTERED
 * @param firstDeleted     the same for DELETED
 * @param firstInserted    the same for INSERTED (by row id)
 * @param counts           findings per kind (its name)
 * @param findings         the findings in chain order, at most {@link AuditChainVerifier#MAX_LISTED}
 */
@Serdeable
@Schema(
        name = "AuditChainReport",
        description = "Prüfergebnis der Audit-Kette eines Dienstes (nur Positionen, "
                + "Zeilennummern und Befundarten, keine Inhalte)")
public record AuditChainReport(
        String chain,
        Instant verifiedAt,
        boolean intact,
        long chainLength,
        long sealedEntries,
        long pendingEntries,
        Anchors anchors,
        @Nullable Finding firstAltered,
        @Nullable Finding firstDeleted,
        @Nullable Finding firstInserted,
        Map<String, Long> counts,
        List<Finding> findings) {

    /** Which kind of evidence a finding is. */
    public enum Category {
        /** an entry or a seal has other content than when it was sealed */
        ALTERED,
        /** an entry, a seal or the chain's tail is gone */
        DELETED,
        /** an entry that the application did not write (no valid MAC, or a copy) */
        INSERTED,
        /** an entry with a valid MAC that was never sealed (the sealer did not run, or its seal is gone) */
        UNSEALED,
        /** cannot be checked: a key id whose key is not configured */
        UNVERIFIABLE
    }

    public enum Kind {
        /** the row's content does not match the MAC its seal holds */
        ROW_ALTERED(Category.ALTERED),
        /** a seal's own MAC does not verify */
        SEAL_ALTERED(Category.ALTERED),
        /** the seal at an anchored position has another MAC than the anchor */
        ANCHOR_MISMATCH(Category.ALTERED),
        /** a seal names a row that is not there */
        ROW_DELETED(Category.DELETED),
        /** positions missing from the chain (seals deleted, usually with their rows) */
        SEALS_MISSING(Category.DELETED),
        /** the chain ends before a position an anchor recorded */
        TAIL_TRUNCATED(Category.DELETED),
        /** a row without a valid MAC */
        ROW_INSERTED(Category.INSERTED),
        /** a copy of a sealed entry */
        ROW_REPLAYED(Category.INSERTED),
        /** a valid row older than the late-commit window that no seal covers */
        ROW_UNSEALED(Category.UNSEALED),
        /** the key id of a row or seal is not configured */
        UNKNOWN_KEY(Category.UNVERIFIABLE);

        private final Category category;

        Kind(Category category) {
            this.category = category;
        }

        public Category category() {
            return category;
        }
    }

    /**
     * One finding.
     *
     * @param kind       what
     * @param category   the kind's category
     * @param position   the chain position (null for a row no seal covers)
     * @param toPosition the last position of a range (missing seals, truncated tail)
     * @param auditId    the row's id in audit_log, where one is concerned
     */
    @Serdeable
    public record Finding(
            Kind kind,
            Category category,
            @Nullable Long position,
            @Nullable Long toPosition,
            @Nullable Long auditId) {
        static Finding of(Kind kind, @Nullable Long position, @Nullable Long toPosition, @Nullable Long auditId) {
            return new Finding(kind, kind.category(), position, toPosition, auditId);
        }
    }

    /**
     * @param checked          whether the anchors could be read
     * @param count            anchors of this chain
     * @param latestPosition   the highest anchored position
     * @param latestAnchoredAt when the latest anchor was written
     * @param problem          why they could not be read
     */
    @Serdeable
    public record Anchors(
            boolean checked,
            long count,
            @Nullable Long latestPosition,
            @Nullable Instant latestAnchoredAt,
            @Nullable String problem) {}
}
