package de.lotse.platform.audit;

import de.lotse.platform.correlation.Correlation;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes the audit trail of protected reads and security-relevant decisions (who, when, what,
 * why). Joins the caller's transaction, so a read that fails leaves no audit entry claiming
 * success, and an audit entry that cannot be written fails the read.
 *
 * <p>Each row carries a MAC of its content made with the audit key, which the database never sees;
 * {@link AuditSealer} chains the rows after commit and only those whose MAC verifies, so a row
 * written by someone without the key is never sealed (docs/architecture.md, Privacy).
 */
@Singleton
public class AuditLog {
    private static final String INSERT = """
            insert into audit_log (occurred_at, actor, actor_roles, jobcenter_id, action, resource_type, resource_id,
                                   case_id, purpose, correlation_id, key_id, nonce, row_mac)
            """;
    /** Audit entries record real time, also where tests move the domain's clock. */
    private static final Clock WALL_CLOCK = Clock.systemUTC();

    private final Statements sql;
    private final AuditKeys keys;
    private final String chain;

    AuditLog(Statements sql, AuditKeys keys, @Value("${lotse.audit.chain.name}") String chain) {
        this.sql = sql;
        this.keys = keys;
        this.chain = chain;
    }

    @Transactional
    public void record(
            CurrentUser actor,
            String action,
            String resourceType,
            @Nullable String resourceId,
            @Nullable UUID caseId,
            @Nullable String purpose) {
        AuditEntry entry = entry(
                actor,
                Instant.now(WALL_CLOCK),
                action,
                resourceType,
                resourceId,
                caseId,
                purpose,
                Correlation.current().orElse(null));
        byte[] mac = keys.rowMac(entry.keyId(), entry.canonical(chain));
        sql.update(
                INSERT + """
                values (:occurredAt, :actor, :actorRoles, :jobcenterId, :action, :resourceType, :resourceId, :caseId,
                        :purpose, :correlationId, :keyId, :nonce, :rowMac)""",
                shared(entry)
                        .and("action", entry.action())
                        .and("resourceId", entry.resourceId())
                        .and("caseId", entry.caseId())
                        .and("nonce", entry.nonce())
                        .and("rowMac", mac));
    }

    /**
     * A refused attempt to read protected data, in its own transaction so the refusal that follows
     * (and rolls the request's transaction back) does not erase it.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void recordDenied(
            CurrentUser actor,
            String resourceType,
            @Nullable String resourceId,
            @Nullable UUID caseId,
            @Nullable String purpose) {
        record(actor, "DENIED", resourceType, resourceId, caseId, purpose);
    }

    /**
     * One entry per case shown in a list of customer data (who saw which customer, even in a list),
     * written with one statement.
     */
    @Transactional
    public void recordCaseList(
            CurrentUser actor, String resourceType, Collection<UUID> caseIds, @Nullable String purpose) {
        recordList(actor, resourceType, caseIds, true, null, purpose);
    }

    /** The same for lists of records that are not cases (e.g. non-referrals): one entry per record. */
    @Transactional
    public void recordList(
            CurrentUser actor, String resourceType, Collection<UUID> resourceIds, @Nullable String purpose) {
        recordList(actor, resourceType, resourceIds, false, null, purpose);
    }

    /**
     * The records of one case shown in a list (e.g. a case's notes): one entry per record, each with
     * the case, so "who read this note" and "who read this customer's file" are both answered.
     */
    @Transactional
    public void recordListOfCase(
            CurrentUser actor,
            String resourceType,
            UUID caseId,
            Collection<UUID> resourceIds,
            @Nullable String purpose) {
        recordList(actor, resourceType, resourceIds, false, caseId, purpose);
    }

    /**
     * One statement for the whole list; the case is the listed id itself, or the one given. The
     * per-row MACs are computed here (the key never reaches the database) and travel as arrays.
     */
    private void recordList(
            CurrentUser actor,
            String resourceType,
            Collection<UUID> ids,
            boolean cases,
            @Nullable UUID caseId,
            @Nullable String purpose) {
        if (ids.isEmpty()) {
            return;
        }
        Instant now = Instant.now(WALL_CLOCK);
        String correlation = Correlation.current().orElse(null);
        int size = ids.size();
        String[] resourceIds = new String[size];
        UUID[] caseIds = new UUID[size];
        Long[] nonces = new Long[size];
        byte[][] macs = new byte[size][];
        AuditEntry first = null;
        int i = 0;
        for (UUID id : ids) {
            AuditEntry entry =
                    entry(actor, now, "LIST", resourceType, id.toString(), cases ? id : caseId, purpose, correlation);
            first = first == null ? entry : first;
            resourceIds[i] = entry.resourceId();
            caseIds[i] = entry.caseId();
            nonces[i] = entry.nonce();
            macs[i] = keys.rowMac(entry.keyId(), entry.canonical(chain));
            i++;
        }
        AuditEntry shared = first;
        sql.update(
                INSERT + """
                select :occurredAt, :actor, :actorRoles, :jobcenterId, 'LIST', :resourceType, t.resource_id, t.case_id,
                       :purpose, :correlationId, :keyId, t.nonce, t.row_mac
                from unnest(:resourceIds::text[], :caseIds::uuid[], :nonces::bigint[], :macs::bytea[])
                    as t(resource_id, case_id, nonce, row_mac)""",
                shared(shared)
                        .and("resourceIds", resourceIds)
                        .and("caseIds", caseIds)
                        .and("nonces", nonces)
                        .and("macs", macs));
    }

    private AuditEntry entry(
            CurrentUser actor,
            Instant at,
            String action,
            String resourceType,
            @Nullable String resourceId,
            @Nullable UUID caseId,
            @Nullable String purpose,
            @Nullable String correlation) {
        return new AuditEntry(
                at,
                actor.subject(),
                actor.actorRoles(),
                actor.jobcenterId(),
                action,
                resourceType,
                resourceId,
                caseId,
                purpose,
                correlation,
                keys.currentKeyId(),
                ThreadLocalRandom.current().nextLong());
    }

    /** What every entry of one statement shares. */
    private static Params shared(AuditEntry entry) {
        return Params.of("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .and("actor", entry.actor())
                .and("actorRoles", entry.actorRoles())
                .and("jobcenterId", entry.jobcenterId())
                .and("resourceType", entry.resourceType())
                .and("purpose", entry.purpose())
                .and("correlationId", entry.correlationId())
                .and("keyId", entry.keyId());
    }
}
