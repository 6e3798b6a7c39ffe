package de.lotse.network.disclosure.infrastructure;

import de.lotse.network.disclosure.domain.PartnerAccess;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Reads the audit log for the partner accesses to one customer's data (who, when, what, on which consent). */
@Singleton
public class PartnerAccessLog {
    private final JdbcOperations jdbc;

    PartnerAccessLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<PartnerAccess> ofCase(UUID caseId) {
        return Sql.query(jdbc, """
                select occurred_at, actor, action, resource_id, purpose from audit_log
                where case_id = ? and actor_roles like '%PARTNER%' order by occurred_at, id""",
                statement -> statement.setObject(1, caseId), rs -> new PartnerAccess(rs.getTimestamp(1).toInstant(),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }
}
