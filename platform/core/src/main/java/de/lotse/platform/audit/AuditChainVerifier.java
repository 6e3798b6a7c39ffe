package de.lotse.platform.audit;

import de.lotse.platform.audit.AuditChainReport.Category;
import de.lotse.platform.audit.AuditChainReport.Finding;
import de.lotse.platform.audit.AuditChainReport.Kind;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.core.annotation.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies one service's audit chain: the one implementation behind the ADMIN endpoint of every
 * service and {@code ./lotse audit-verify}. Plain JDBC and the keys, nothing else, so it runs inside
 * a service and beside it alike.
 *
 * <p>It walks the seals in position order and checks each link against the one before it (a
 * link whose stored MAC alone was changed is reported once, not together with its successor), each
 * sealed row's content against the row MAC its seal holds, and the chain against the anchors from
 * Kafka; then it looks at the rows no seal covers. Row ids may have any gaps: only positions must
 * be contiguous.
 */
public final class AuditChainVerifier {
    /** findings listed in a report; counts cover all */
    static final int MAX_LISTED = 100;

    private static final int CHUNK = 1000;
    private static final HexFormat HEX = HexFormat.of();

    private final AuditKeys keys;

    public AuditChainVerifier(AuditKeys keys) {
        this.keys = keys;
    }

    /**
     * @param connection    a connection without an open transaction; the verification runs in one
     *                      read-only, repeatable-read transaction (one snapshot of rows and seals)
     * @param chain         the chain's name as the rows and seals were made with it
     * @param anchors       the chain's anchors from Kafka; null when they could not be read
     * @param anchorProblem why they could not be read
     * @param pendingWindow how old an unsealed entry with a valid MAC may be before it counts as unsealed
     */
    public AuditChainReport verify(
            Connection connection,
            String chain,
            @Nullable Collection<AuditAnchor> anchors,
            @Nullable String anchorProblem,
            Instant now,
            Duration pendingWindow)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read, read only");
            AuditChainReport report = new Walk(connection, chain, anchors, anchorProblem, now, pendingWindow).run();
            connection.commit();
            return report;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The chain name the sealer recorded in this database (null before the first seal). */
    public static String recordedChain(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select chain from audit_seal_state")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private record Seal(long position, long auditId, String keyId, byte[] rowMac, byte[] chainMac) {}

    private final class Walk {
        private final Connection connection;
        private final String chain;
        private final Map<Long, List<byte[]>> anchored = new HashMap<>();
        private final Collection<AuditAnchor> anchors;
        private final String anchorProblem;
        private final Instant now;
        private final Duration pendingWindow;
        private final List<Finding> listed = new ArrayList<>();
        private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        private final Map<Category, Finding> first = new EnumMap<>(Category.class);
        private Set<Long> replayedPositions = Set.of();
        private long sealed;
        private long pending;
        private long lastPosition;
        private byte[] previousStored = AuditChainLink.GENESIS;
        private byte[] previousExpected = AuditChainLink.GENESIS;
        private boolean nonLegacySeen;

        Walk(
                Connection connection,
                String chain,
                @Nullable Collection<AuditAnchor> anchors,
                @Nullable String anchorProblem,
                Instant now,
                Duration pendingWindow) {
            this.connection = connection;
            this.chain = chain;
            this.anchors = anchors;
            this.anchorProblem = anchorProblem;
            this.now = now;
            this.pendingWindow = pendingWindow;
            if (anchors != null) {
                anchors.forEach(anchor -> anchored.computeIfAbsent(anchor.position(), p -> new ArrayList<>())
                        .add(anchor.headMac()));
            }
        }

        AuditChainReport run() throws SQLException {
            replayedPositions = replayedPositions();
            List<Seal> chunk = new ArrayList<>(CHUNK);
            try (PreparedStatement statement = connection.prepareStatement(
                    "select position, audit_id, key_id, row_mac, chain_mac from audit_seal order by position")) {
                statement.setFetchSize(CHUNK);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        chunk.add(new Seal(
                                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4), rs.getBytes(5)));
                        if (chunk.size() == CHUNK) {
                            walk(chunk);
                            chunk.clear();
                        }
                    }
                }
            }
            walk(chunk);
            long latestAnchored =
                    anchored.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            if (latestAnchored > lastPosition) {
                add(Kind.TAIL_TRUNCATED, lastPosition + 1, latestAnchored, null);
            }
            unsealed();
            AuditAnchor latest = anchors == null
                    ? null
                    : anchors.stream()
                            .max(java.util.Comparator.comparingLong(AuditAnchor::position))
                            .orElse(null);
            AuditChainReport.Anchors anchorSummary = new AuditChainReport.Anchors(
                    anchors != null,
                    anchors == null ? 0 : anchors.size(),
                    latest == null ? null : latest.position(),
                    latest == null ? null : latest.anchoredAt(),
                    anchors == null ? anchorProblem : null);
            boolean intact = counts.isEmpty() && anchors != null;
            Map<String, Long> countsByName = new LinkedHashMap<>();
            counts.forEach((kind, count) -> countsByName.put(kind.name(), count));
            return new AuditChainReport(
                    chain,
                    now,
                    intact,
                    lastPosition,
                    sealed,
                    pending,
                    anchorSummary,
                    first.get(Category.ALTERED),
                    first.get(Category.DELETED),
                    first.get(Category.INSERTED),
                    countsByName,
                    List.copyOf(listed));
        }

        /** Positions whose row MAC an earlier position already sealed (a copy got past the sealer). */
        private Set<Long> replayedPositions() throws SQLException {
            Set<Long> positions = new HashSet<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("""
                         select position from (
                             select position, row_number() over (partition by row_mac order by position) as nth
                             from audit_seal) copies
                         where nth > 1""")) {
                while (rs.next()) {
                    positions.add(rs.getLong(1));
                }
            }
            return positions;
        }

        private void walk(List<Seal> seals) throws SQLException {
            if (seals.isEmpty()) {
                return;
            }
            Map<Long, List<AuditEntry.Stored>> rows =
                    rows(seals.stream().map(Seal::auditId).distinct().toList());
            for (Seal seal : seals) {
                step(seal, rows.getOrDefault(seal.auditId(), List.of()));
            }
        }

        private void step(Seal seal, List<AuditEntry.Stored> rows) {
            sealed++;
            long position = seal.position();
            if (position <= lastPosition) {
                // a second seal at one position (the primary key was dropped to write it)
                add(Kind.SEAL_ALTERED, position, null, seal.auditId());
                return;
            }
            if (position > lastPosition + 1) {
                add(Kind.SEALS_MISSING, lastPosition + 1, position - 1, null);
                previousStored = null;
                previousExpected = null;
            }
            lastPosition = position;
            if (!keys.knows(seal.keyId())) {
                add(Kind.UNKNOWN_KEY, position, null, seal.auditId());
                previousStored = seal.chainMac();
                previousExpected = null;
                return;
            }
            boolean checkable = previousStored != null || previousExpected != null;
            byte[] verifiedWith = linkVerifies(seal, seal.rowMac());
            boolean linkOk = !checkable || verifiedWith != null;
            AuditEntry.Stored match = null;
            byte[] firstContentMac = null;
            for (AuditEntry.Stored row : rows) {
                byte[] contentMac = contentMac(row, seal.keyId());
                firstContentMac = firstContentMac == null ? contentMac : firstContentMac;
                if (match == null && AuditKeys.same(contentMac, seal.rowMac())) {
                    match = row;
                }
            }
            if (rows.isEmpty()) {
                add(Kind.ROW_DELETED, position, null, seal.auditId());
                if (!linkOk) {
                    add(Kind.SEAL_ALTERED, position, null, seal.auditId());
                }
            } else if (match == null) {
                if (!linkOk && firstContentMac != null && linkVerifies(seal, firstContentMac) != null) {
                    // the row is as sealed; the seal's copy of its MAC was changed
                    add(Kind.SEAL_ALTERED, position, null, seal.auditId());
                } else {
                    add(Kind.ROW_ALTERED, position, null, seal.auditId());
                    if (!linkOk) {
                        add(Kind.SEAL_ALTERED, position, null, seal.auditId());
                    }
                }
            } else {
                if (!match.legacy() && !AuditKeys.same(match.rowMac(), seal.rowMac())) {
                    // content as sealed, but its MAC column was changed
                    add(Kind.ROW_ALTERED, position, null, seal.auditId());
                }
                if (!linkOk) {
                    add(Kind.SEAL_ALTERED, position, null, seal.auditId());
                }
                if (match.legacy() && nonLegacySeen) {
                    // rows from before the chain are sealed when it starts, never after a row with a MAC
                    add(Kind.ROW_INSERTED, position, null, seal.auditId());
                }
                nonLegacySeen |= !match.legacy();
                for (AuditEntry.Stored extra : rows) {
                    if (extra != match) {
                        add(Kind.ROW_INSERTED, null, null, extra.id());
                    }
                }
            }
            if (replayedPositions.contains(position)) {
                add(Kind.ROW_REPLAYED, position, null, seal.auditId());
            }
            List<byte[]> anchoredMacs = anchored.get(position);
            if (anchoredMacs != null && anchoredMacs.stream().anyMatch(mac -> !AuditKeys.same(mac, seal.chainMac()))) {
                add(Kind.ANCHOR_MISMATCH, position, null, seal.auditId());
            }
            byte[] base =
                    verifiedWith != null ? verifiedWith : previousExpected != null ? previousExpected : previousStored;
            previousExpected = base == null ? null : link(seal, seal.rowMac(), base);
            previousStored = seal.chainMac();
        }

        /** The previous value this link verifies against (stored, or what the stored one should be), or null. */
        private byte[] linkVerifies(Seal seal, byte[] rowMac) {
            if (previousStored != null && AuditKeys.same(link(seal, rowMac, previousStored), seal.chainMac())) {
                return previousStored;
            }
            if (previousExpected != null && AuditKeys.same(link(seal, rowMac, previousExpected), seal.chainMac())) {
                return previousExpected;
            }
            return null;
        }

        private byte[] link(Seal seal, byte[] rowMac, byte[] previous) {
            return AuditChainLink.mac(keys, seal.keyId(), chain, seal.position(), seal.auditId(), rowMac, previous);
        }

        /** The MAC of a row's content, with its own key (a row from before the chain: the seal's). */
        private byte[] contentMac(AuditEntry.Stored row, String sealKeyId) {
            String keyId = row.legacy() ? sealKeyId : row.entry().keyId();
            return keys.knows(keyId) ? keys.rowMac(keyId, row.covered().canonical(chain)) : null;
        }

        private Map<Long, List<AuditEntry.Stored>> rows(List<Long> ids) throws SQLException {
            Map<Long, List<AuditEntry.Stored>> rows = new HashMap<>();
            try (PreparedStatement statement = Statements.prepare(
                    connection,
                    "select id, " + AuditEntry.COLUMNS + " from audit_log where id = any(:ids)",
                    Params.of("ids", ids.toArray(Long[]::new)))) {
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry.Stored row = AuditEntry.read(rs, 1);
                        rows.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row);
                    }
                }
            }
            return rows;
        }

        /** Rows no seal covers: written without the key, copies, or waiting for the sealer. */
        private void unsealed() throws SQLException {
            long legacyThrough = 0;
            long examinedThrough = 0;
            try (Statement statement = connection.createStatement();
                    ResultSet rs =
                            statement.executeQuery("select legacy_through, examined_through from audit_seal_state")) {
                if (rs.next()) {
                    legacyThrough = rs.getLong(1);
                    examinedThrough = rs.getLong(2);
                }
            }
            Set<String> seenMacs = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement("select a.id, " + prefixed()
                    + ", exists (select 1 from audit_seal c where c.row_mac = a.row_mac)"
                    + " from audit_log a where not exists (select 1 from audit_seal s where s.audit_id = a.id)"
                    + " order by a.id")) {
                statement.setFetchSize(CHUNK);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry.Stored row = AuditEntry.read(rs, 1);
                        boolean copyOfSealed = rs.getBoolean(15);
                        if (row.legacy()) {
                            if (row.id() <= legacyThrough && examinedThrough < legacyThrough) {
                                pending++;
                            } else {
                                add(Kind.ROW_INSERTED, null, null, row.id());
                            }
                        } else if (!keys.knows(row.entry().keyId())) {
                            add(Kind.UNKNOWN_KEY, null, null, row.id());
                        } else if (!AuditKeys.same(
                                row.rowMac(),
                                keys.rowMac(row.entry().keyId(), row.entry().canonical(chain)))) {
                            add(Kind.ROW_INSERTED, null, null, row.id());
                        } else if (copyOfSealed || !seenMacs.add(HEX.formatHex(row.rowMac()))) {
                            add(Kind.ROW_REPLAYED, null, null, row.id());
                        } else if (row.entry().occurredAt().isBefore(now.minus(pendingWindow))) {
                            add(Kind.ROW_UNSEALED, null, null, row.id());
                        } else {
                            pending++;
                        }
                    }
                }
            }
        }

        private void add(Kind kind, @Nullable Long position, @Nullable Long toPosition, @Nullable Long auditId) {
            Finding finding = Finding.of(kind, position, toPosition, auditId);
            counts.merge(kind, 1L, Long::sum);
            first.putIfAbsent(kind.category(), finding);
            if (listed.size() < MAX_LISTED) {
                listed.add(finding);
            }
        }
    }

    private static String prefixed() {
        StringBuilder columns = new StringBuilder();
        for (String column : AuditEntry.COLUMNS.split(",\\s*")) {
            columns.append(columns.length() == 0 ? "" : ", ").append("a.").append(column);
        }
        return columns.toString();
    }
}
