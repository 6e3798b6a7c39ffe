package de.lotse.platform.audit;

import de.lotse.platform.contracts.AuditChainAnchored;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.outbox.OutboxWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Seals audit rows into the chain after they committed, so an audited read never waits for the
 * chain (and concurrent reads never serialize on it). One pass at a time per database (a
 * transaction-scoped advisory lock, as the outbox relay), every second:
 * <ol>
 *   <li>reads the rows after the last examined id, plus late commits into the id gaps it saw
 *       (a transaction that took its id earlier but committed later) for a while;</li>
 *   <li>chains only rows whose MAC verifies with the key and whose MAC was never sealed before:
 *       a row inserted by someone without the key, or a copy of a genuine row, stays unsealed and
 *       verification names it;</li>
 *   <li>appends one seal per row at the next contiguous position: {@code HMAC(position, row id,
 *       row MAC, previous link)};</li>
 *   <li>at most every {@code lotse.audit.anchor.interval} writes the chain head to the outbox
 *       ({@code audit-chain-anchored}), so a truncated tail shows against Kafka.</li>
 * </ol>
 */
@Singleton
@Requires(property = "lotse.audit.seal.enabled", notEquals = "false")
public class AuditSealer {
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);
    /** advisory lock key of the sealer ("lotseaud" as a number); one per service database */
    private static final long SEAL_LOCK = 0x6c6f747365617564L;

    private static final int MAX_REMEMBERED_REJECTS = 10_000;
    private static final HexFormat HEX = HexFormat.of();

    private final Statements sql;
    private final TransactionOperations<Connection> transactions;
    private final AuditKeys keys;
    private final OutboxWriter outbox;
    private final String chain;
    private final int batchSize;
    private final Duration lateCommitWindow;
    private final Duration anchorInterval;
    private final Counter sealed;
    private final Counter rejected;
    private final Counter headInvalid;
    /** rows already reported as not sealable, so a row re-read from a gap is logged once */
    private final Set<Long> reportedRejects = Collections.synchronizedSet(new HashSet<>());

    private volatile long reportedInvalidHead = -1;

    AuditSealer(
            Statements sql,
            TransactionOperations<Connection> transactions,
            AuditKeys keys,
            OutboxWriter outbox,
            MeterRegistry meters,
            @Value("${lotse.audit.chain.name}") String chain,
            @Value("${lotse.audit.seal.batch-size:1000}") int batchSize,
            @Value("${lotse.audit.seal.late-commit-window:10m}") Duration lateCommitWindow,
            @Value("${lotse.audit.anchor.interval:1m}") Duration anchorInterval) {
        this.sql = sql;
        this.transactions = transactions;
        this.keys = keys;
        this.outbox = outbox;
        this.chain = chain;
        this.batchSize = batchSize;
        this.lateCommitWindow = lateCommitWindow;
        this.anchorInterval = anchorInterval;
        this.sealed = meters.counter("lotse.audit.sealed");
        this.rejected = meters.counter("lotse.audit.seal.rejected");
        this.headInvalid = meters.counter("lotse.audit.chain.head.invalid");
    }

    @Scheduled(fixedDelay = "${lotse.audit.seal.interval:1s}", initialDelay = "1s")
    void seal() {
        try {
            int examined;
            do {
                examined = sealBatch();
            } while (examined >= batchSize);
        } catch (RuntimeException e) {
            // the next pass tries again; unsealed rows stay where they are
            LOG.warn("audit sealing pass failed: {}", e.toString());
        }
    }

    /** One pass; returns how many rows after the last examined id it read. */
    int sealBatch() {
        return transactions.executeWrite(status -> {
            if (!leader()) {
                return 0;
            }
            State state = state();
            if (state.chain() == null) {
                sql.update("update audit_seal_state set chain = :chain", Params.of("chain", chain));
            } else if (!state.chain().equals(chain)) {
                LOG.error(
                        "this database's audit chain is '{}', this service is configured as '{}' "
                                + "(lotse.audit.chain.name): not sealing",
                        state.chain(),
                        chain);
                return 0;
            }
            Instant now = Instant.now();
            sql.update(
                    "delete from audit_seal_gap where opened_at < :closedBefore",
                    Params.of("closedBefore", now.minus(lateCommitWindow)));
            List<AuditEntry.Stored> fresh = sql.query(
                    "select id, " + AuditEntry.COLUMNS
                            + " from audit_log where id > :examinedThrough order by id limit :batchSize",
                    Params.of("examinedThrough", state.examinedThrough()).and("batchSize", batchSize),
                    rs -> AuditEntry.read(rs, 1));
            List<AuditEntry.Stored> late = sql.query(
                    "select a.id, " + prefixed("a.")
                            + " from audit_log a join audit_seal_gap g on a.id between g.from_id and g.to_id where not exists"
                            + " (select 1 from audit_seal s where s.audit_id = a.id) order by a.id limit :batchSize",
                    Params.of("batchSize", batchSize),
                    rs -> AuditEntry.read(rs, 1));
            Head head = null;
            if (!fresh.isEmpty() || !late.isEmpty()) {
                head = head();
                List<Accepted> accepted = accept(fresh, late, state.legacyThrough());
                head = append(head, accepted);
                if (!fresh.isEmpty()) {
                    recordGaps(state.examinedThrough(), fresh, now);
                    long examined = fresh.get(fresh.size() - 1).id();
                    sql.update(
                            "update audit_seal_state set examined_through = :examined",
                            Params.of("examined", examined));
                }
            }
            anchorIfDue(state, head, now);
            return fresh.size();
        });
    }

    private boolean leader() {
        return sql.query(
                        "select pg_try_advisory_xact_lock(:lock)", Params.of("lock", SEAL_LOCK), rs -> rs.getBoolean(1))
                .get(0);
    }

    private record State(
            @Nullable String chain,
            long examinedThrough,
            long legacyThrough,
            long anchoredPosition,
            Instant anchoredAt) {}

    private State state() {
        List<State> states = sql.query(
                """
                select chain, examined_through, legacy_through, anchored_position, anchored_at
                from audit_seal_state""",
                Params.none(),
                rs -> new State(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()));
        if (states.isEmpty()) {
            // the migration writes the row; without it (deleted) start examining from the beginning
            sql.update("insert into audit_seal_state (legacy_through) values (0)", Params.none());
            return new State(null, 0, 0, 0, Instant.now());
        }
        return states.get(0);
    }

    /** The last link: position 0 and the genesis value for an empty chain. */
    private record Head(long position, byte[] chainMac, String keyId) {}

    private Head head() {
        List<Object[]> last = sql.query("""
                select position, audit_id, key_id, row_mac, chain_mac from audit_seal
                order by position desc limit 2""", Params.none(), rs ->
                new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4), rs.getBytes(5)});
        if (last.isEmpty()) {
            return new Head(0, AuditChainLink.GENESIS, keys.currentKeyId());
        }
        Object[] top = last.get(0);
        long position = (Long) top[0];
        byte[] previous = last.size() > 1 && (Long) last.get(1)[0] == position - 1
                ? (byte[]) last.get(1)[4]
                : position == 1 ? AuditChainLink.GENESIS : null;
        String keyId = (String) top[2];
        boolean valid = previous != null
                && keys.knows(keyId)
                && AuditKeys.same(
                        (byte[]) top[4],
                        AuditChainLink.mac(keys, keyId, chain, position, (Long) top[1], (byte[]) top[3], previous));
        if (!valid && reportedInvalidHead != position) {
            // sealing goes on (new rows stay protected); the broken link stays evidence for verification
            reportedInvalidHead = position;
            headInvalid.increment();
            LOG.error(
                    "the audit chain's last link (position {}) does not verify: the chain was altered "
                            + "(GET /api/admin/audit-chain/verification names what)",
                    position);
        }
        return new Head(position, (byte[]) top[4], keyId);
    }

    private record Accepted(AuditEntry.Stored row, byte[] rowMac) {}

    /** The rows that may be chained, in id order: MAC verifies (or a row from before the chain), no copy. */
    private List<Accepted> accept(List<AuditEntry.Stored> fresh, List<AuditEntry.Stored> late, long legacyThrough) {
        Set<Long> freshIds = new HashSet<>();
        fresh.forEach(row -> freshIds.add(row.id()));
        // (overlapping gap ranges would list a row twice)
        Map<Long, AuditEntry.Stored> byId = new java.util.TreeMap<>();
        Stream.concat(late.stream(), fresh.stream()).forEach(row -> byId.putIfAbsent(row.id(), row));
        List<AuditEntry.Stored> rows = List.copyOf(byId.values());
        Map<String, Accepted> byMac = new LinkedHashMap<>();
        for (AuditEntry.Stored row : rows) {
            byte[] mac;
            if (row.legacy()) {
                if (row.id() > legacyThrough || !freshIds.contains(row.id())) {
                    reject(row.id(), "it has no MAC");
                    continue;
                }
                // written before the chain existed: sealed as found when the chain starts
                mac = keys.rowMac(keys.currentKeyId(), row.covered().canonical(chain));
            } else if (!keys.knows(row.entry().keyId())) {
                reject(row.id(), "its key id is not configured");
                continue;
            } else if (!AuditKeys.same(
                    row.rowMac(), keys.rowMac(row.entry().keyId(), row.entry().canonical(chain)))) {
                reject(row.id(), "its MAC does not verify (written without the key, or altered)");
                continue;
            } else {
                mac = row.rowMac();
            }
            if (byMac.putIfAbsent(HEX.formatHex(mac), new Accepted(row, mac)) != null) {
                reject(row.id(), "it is a copy of another entry");
            }
        }
        if (byMac.isEmpty()) {
            return List.of();
        }
        byte[][] macs = byMac.values().stream().map(Accepted::rowMac).toArray(byte[][]::new);
        List<String> alreadySealed = sql.query(
                "select row_mac from audit_seal where row_mac = any(:macs)",
                Params.of("macs", macs),
                rs -> HEX.formatHex(rs.getBytes(1)));
        for (String mac : alreadySealed) {
            reject(byMac.remove(mac).row().id(), "it is a copy of a sealed entry");
        }
        return new ArrayList<>(byMac.values());
    }

    private void reject(long id, String why) {
        if (reportedRejects.size() > MAX_REMEMBERED_REJECTS) {
            reportedRejects.clear();
        }
        if (reportedRejects.add(id)) {
            rejected.increment();
            LOG.warn("audit row {} is not sealed: {}; verification reports it as inserted", id, why);
        }
    }

    private Head append(Head head, List<Accepted> accepted) {
        if (accepted.isEmpty()) {
            return head;
        }
        String keyId = keys.currentKeyId();
        int size = accepted.size();
        Long[] positions = new Long[size];
        Long[] auditIds = new Long[size];
        byte[][] rowMacs = new byte[size][];
        byte[][] chainMacs = new byte[size][];
        long position = head.position();
        byte[] previous = head.chainMac();
        for (int i = 0; i < size; i++) {
            Accepted next = accepted.get(i);
            position++;
            previous =
                    AuditChainLink.mac(keys, keyId, chain, position, next.row().id(), next.rowMac(), previous);
            positions[i] = position;
            auditIds[i] = next.row().id();
            rowMacs[i] = next.rowMac();
            chainMacs[i] = previous;
        }
        sql.update(
                """
                insert into audit_seal (position, audit_id, key_id, row_mac, chain_mac)
                select t.position, t.audit_id, :keyId, t.row_mac, t.chain_mac
                from unnest(:positions::bigint[], :auditIds::bigint[], :rowMacs::bytea[], :chainMacs::bytea[])
                    as t(position, audit_id, row_mac, chain_mac)""",
                Params.of("keyId", keyId)
                        .and("positions", positions)
                        .and("auditIds", auditIds)
                        .and("rowMacs", rowMacs)
                        .and("chainMacs", chainMacs));
        sealed.increment(size);
        return new Head(position, previous, keyId);
    }

    /**
     * Ids missing between the rows just examined belong to transactions that rolled back or have
     * not committed yet; the latter are picked up from here until the window closes.
     */
    private void recordGaps(long examinedThrough, List<AuditEntry.Stored> fresh, Instant now) {
        long previous = examinedThrough;
        for (AuditEntry.Stored row : fresh) {
            if (row.id() > previous + 1) {
                long from = previous + 1;
                long to = row.id() - 1;
                sql.update(
                        "insert into audit_seal_gap (from_id, to_id, opened_at) values (:from, :to, :openedAt) "
                                + "on conflict (from_id) do nothing",
                        Params.of("from", from).and("to", to).and("openedAt", now));
            }
            previous = row.id();
        }
    }

    private void anchorIfDue(State state, @Nullable Head sealedNow, Instant now) {
        if (state.anchoredAt().plus(anchorInterval).isAfter(now)) {
            return;
        }
        Head head = sealedNow != null ? sealedNow : lastLink();
        if (head == null || head.position() <= state.anchoredPosition()) {
            return;
        }
        outbox.append(
                chain,
                null,
                null,
                new AuditChainAnchored(chain, head.position(), HEX.formatHex(head.chainMac()), head.keyId(), now));
        sql.update(
                "update audit_seal_state set anchored_position = :position, anchored_at = :at",
                Params.of("position", head.position()).and("at", now));
    }

    private Head lastLink() {
        List<Head> last = sql.query(
                "select position, chain_mac, key_id from audit_seal order by position desc limit 1",
                Params.none(),
                rs -> new Head(rs.getLong(1), rs.getBytes(2), rs.getString(3)));
        return last.isEmpty() ? null : last.get(0);
    }

    private static String prefixed(String alias) {
        return Stream.of(AuditEntry.COLUMNS.split(",\\s*"))
                .map(column -> alias + column)
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
    }
}
