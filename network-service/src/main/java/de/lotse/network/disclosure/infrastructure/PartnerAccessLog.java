package de.lotse.network.disclosure.infrastructure;

import de.lotse.network.disclosure.domain.PartnerAccess;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Reads the audit log for the partner accesses to one customer's data (who, when, what, on which consent). */
@Singleton
public class PartnerAccessLog {
    private final Statements sql;

    PartnerAccessLog(Statements sql) {
        this.sql = sql;
    }

    public List<PartnerAccess> ofCase(UUID caseId) {
        return sql.query(
                """
                select occurred_at, actor, action, resource_id, purpose from audit_log
                where case_id = :caseId and actor_roles like '%PARTNER%' order by occurred_at, id""",
                Params.of("caseId", caseId),
                rs -> new PartnerAccess(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)));
    }
}
