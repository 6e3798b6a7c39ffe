package de.lotse.platform.casereference;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.inbox.ReceivedEvent;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code case_reference} table of assessment-, planning- and network-service. Enabled with
 * {@code lotse.case-reference.enabled=true} plus the Flyway location {@code classpath:db/case-reference}.
 */
@Singleton
@Requires(property = CaseReferences.ENABLED, value = "true")
public class CaseReferences {
    public static final String ENABLED = "lotse.case-reference.enabled";

    private final JdbcOperations jdbc;

    CaseReferences(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent upsert: a redelivered or replayed case-opened leaves one unchanged row. */
    void record(ReceivedEvent<CaseOpened> event) {
        CaseOpened opened = event.payload();
        Sql.update(jdbc, """
                insert into case_reference (case_id, jobcenter_id, customer_ref, team_id, case_manager_id,
                                            age_group, policy_version, admitted_on, opened_event_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id) do nothing""", statement -> {
            statement.setObject(1, opened.caseId());
            statement.setString(2, event.envelope().jobcenterId());
            statement.setObject(3, opened.customerRef());
            statement.setString(4, opened.teamId());
            statement.setString(5, opened.caseManagerId());
            statement.setString(6, opened.ageGroup());
            statement.setInt(7, opened.policyVersion());
            statement.setObject(8, opened.admittedOn());
            statement.setObject(9, event.envelope().eventId());
        });
    }

    @ReadOnly
    public Optional<CaseReference> find(String jobcenterId, UUID caseId) {
        return Sql.query(jdbc, """
                select case_id, jobcenter_id, customer_ref, team_id, case_manager_id, age_group, policy_version,
                       admitted_on
                from case_reference where case_id = ? and jobcenter_id = ?""", statement -> {
            statement.setObject(1, caseId);
            statement.setString(2, jobcenterId);
        }, CaseReferences::map).stream().findFirst();
    }

    @ReadOnly
    public long count(String jobcenterId) {
        return Sql.query(jdbc, "select count(*) from case_reference where jobcenter_id = ?",
                statement -> statement.setString(1, jobcenterId), rs -> rs.getLong(1)).get(0);
    }

    private static CaseReference map(ResultSet rs) throws SQLException {
        return new CaseReference(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                rs.getObject(8, java.time.LocalDate.class));
    }
}
