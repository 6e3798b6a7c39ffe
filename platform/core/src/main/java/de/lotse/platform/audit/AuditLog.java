package de.lotse.platform.audit;

import de.lotse.platform.jdbc.Sql;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.web.Correlation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.UUID;

/**
 * Writes the audit trail of protected reads and security-relevant decisions (who, when, what,
 * why). Joins the caller's transaction, so a read that fails leaves no audit entry claiming
 * success, and an audit entry that cannot be written fails the read.
 */
@Singleton
public class AuditLog {
    private final JdbcOperations jdbc;

    AuditLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void record(CurrentUser actor, String action, String resourceType, @Nullable String resourceId,
                       @Nullable UUID caseId, @Nullable String purpose) {
        Sql.update(jdbc, """
                insert into audit_log (actor, actor_roles, jobcenter_id, action, resource_type, resource_id,
                                       case_id, purpose, correlation_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setString(1, actor.subject());
            statement.setString(2, actor.actorRoles());
            statement.setString(3, actor.jobcenterId());
            statement.setString(4, action);
            statement.setString(5, resourceType);
            statement.setString(6, resourceId);
            statement.setObject(7, caseId);
            statement.setString(8, purpose);
            statement.setString(9, Correlation.current().orElse(null));
        });
    }

    /**
     * A refused attempt to read protected data, in its own transaction so the refusal that follows
     * (and rolls the request's transaction back) does not erase it.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void recordDenied(CurrentUser actor, String resourceType, @Nullable String resourceId, @Nullable UUID caseId,
                             @Nullable String purpose) {
        record(actor, "DENIED", resourceType, resourceId, caseId, purpose);
    }

    /**
     * One entry per case shown in a list of customer data (who saw which customer, even in a list),
     * written with one statement.
     */
    @Transactional
    public void recordCaseList(CurrentUser actor, String resourceType, Collection<UUID> caseIds, @Nullable String purpose) {
        recordList(actor, resourceType, caseIds, true, purpose);
    }

    /** The same for lists of records that are not cases (e.g. non-referrals): one entry per record. */
    @Transactional
    public void recordList(CurrentUser actor, String resourceType, Collection<UUID> resourceIds, @Nullable String purpose) {
        recordList(actor, resourceType, resourceIds, false, purpose);
    }

    /**
     * The records of one case shown in a list (e.g. a case's notes): one entry per record, each with
     * the case, so "who read this note" and "who read this customer's file" are both answered.
     */
    @Transactional
    public void recordListOfCase(CurrentUser actor, String resourceType, UUID caseId, Collection<UUID> resourceIds,
                                 @Nullable String purpose) {
        recordList(actor, resourceType, resourceIds, false, caseId, purpose);
    }

    private void recordList(CurrentUser actor, String resourceType, Collection<UUID> ids, boolean cases,
                            @Nullable String purpose) {
        recordList(actor, resourceType, ids, cases, null, purpose);
    }

    /** One statement for the whole list; the case is the listed id itself, or the one given. */
    private void recordList(CurrentUser actor, String resourceType, Collection<UUID> ids, boolean cases,
                            @Nullable UUID caseId, @Nullable String purpose) {
        if (ids.isEmpty()) {
            return;
        }
        Sql.update(jdbc, """
                insert into audit_log (actor, actor_roles, jobcenter_id, action, resource_type, resource_id,
                                       case_id, purpose, correlation_id)
                select ?, ?, ?, 'LIST', ?, r::text, case when ? then r else ?::uuid end, ?, ?
                from unnest(?::uuid[]) as r""", statement -> {
            statement.setString(1, actor.subject());
            statement.setString(2, actor.actorRoles());
            statement.setString(3, actor.jobcenterId());
            statement.setString(4, resourceType);
            statement.setBoolean(5, cases);
            statement.setObject(6, caseId);
            statement.setString(7, purpose);
            statement.setString(8, Correlation.current().orElse(null));
            statement.setArray(9, statement.getConnection().createArrayOf("uuid", ids.toArray()));
        });
    }
}
