package de.lotse.platform.casereference;

import de.lotse.platform.contracts.CaseAssigned;
import de.lotse.platform.contracts.CaseClosed;
import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.contracts.CaseTransferred;
import de.lotse.platform.inbox.ReceivedEvent;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code case_reference} table of assessment-, planning- and network-service. Enabled with
 * {@code lotse.case-reference.enabled=true} plus the Flyway location {@code classpath:db/case-reference}.
 * Every write is an upsert that only lets a newer fact replace an older one, so the events of one
 * case may arrive in any order across their topics and be redelivered.
 */
@Singleton
@Requires(property = CaseReferences.ENABLED, value = "true")
public class CaseReferences {
    public static final String ENABLED = "lotse.case-reference.enabled";
    private static final String COLUMNS = """
            case_id, jobcenter_id, customer_ref, team_id, case_manager_id, age_group, policy_version, admitted_on,
            deputy_id, deputy_from, deputy_until, deputy_customer_agreed, closed_on, closure_reason_code,
            max_duration_ends_on, minor_until, after_care_until, closure_integration""";
    /** Replaces responsibility columns only with a newer fact. */
    private static final String NEWER = "case_reference.responsibility_as_of is null "
            + "or case_reference.responsibility_as_of < excluded.responsibility_as_of";

    private final JdbcOperations jdbc;

    CaseReferences(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void opened(ReceivedEvent<CaseOpened> event) {
        CaseOpened opened = event.payload();
        Sql.update(jdbc, """
                insert into case_reference (case_id, jobcenter_id, customer_ref, team_id, case_manager_id, age_group,
                                            policy_version, admitted_on, opened_event_id, responsibility_as_of,
                                            max_duration_ends_on, minor_until)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id) do update set
                    max_duration_ends_on = excluded.max_duration_ends_on, minor_until = excluded.minor_until,
                    customer_ref = excluded.customer_ref, policy_version = excluded.policy_version,
                    admitted_on = excluded.admitted_on, opened_event_id = excluded.opened_event_id,
                    team_id = case when %1$s then excluded.team_id else case_reference.team_id end,
                    case_manager_id = case when %1$s then excluded.case_manager_id else case_reference.case_manager_id end,
                    age_group = case when %1$s then excluded.age_group else case_reference.age_group end,
                    responsibility_as_of = greatest(case_reference.responsibility_as_of, excluded.responsibility_as_of)"""
                .formatted(NEWER), statement -> {
            statement.setObject(1, opened.caseId());
            statement.setString(2, event.envelope().jobcenterId());
            statement.setObject(3, opened.customerRef());
            statement.setString(4, opened.teamId());
            statement.setString(5, opened.caseManagerId());
            statement.setString(6, opened.ageGroup());
            statement.setInt(7, opened.policyVersion());
            statement.setObject(8, opened.admittedOn());
            statement.setObject(9, event.envelope().eventId());
            statement.setTimestamp(10, Timestamp.from(opened.admittedAt()));
            statement.setObject(11, opened.maxDurationEndsOn());
            statement.setObject(12, opened.minorUntil());
        });
    }

    void assigned(ReceivedEvent<CaseAssigned> event) {
        CaseAssigned assigned = event.payload();
        if ("DEPUTY".equals(assigned.supportRole())) {
            Sql.update(jdbc, """
                    insert into case_reference (case_id, jobcenter_id, deputy_id, deputy_from, deputy_until,
                                                deputy_customer_agreed, deputy_as_of)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (case_id) do update set
                        deputy_id = excluded.deputy_id, deputy_from = excluded.deputy_from,
                        deputy_until = excluded.deputy_until, deputy_customer_agreed = excluded.deputy_customer_agreed,
                        deputy_as_of = excluded.deputy_as_of
                    where case_reference.deputy_as_of is null or case_reference.deputy_as_of < excluded.deputy_as_of""",
                    statement -> {
                        statement.setObject(1, assigned.caseId());
                        statement.setString(2, event.envelope().jobcenterId());
                        statement.setString(3, assigned.caseManagerId());
                        statement.setObject(4, assigned.validFrom());
                        statement.setObject(5, assigned.validUntil());
                        statement.setBoolean(6, assigned.customerAgreed());
                        statement.setTimestamp(7, Timestamp.from(assigned.assignedAt()));
                    });
            return;
        }
        responsibility(assigned.caseId(), event.envelope().jobcenterId(), assigned.teamId(), assigned.caseManagerId(),
                null, assigned.assignedAt());
    }

    void transferred(ReceivedEvent<CaseTransferred> event) {
        CaseTransferred transferred = event.payload();
        responsibility(transferred.caseId(), event.envelope().jobcenterId(), transferred.toTeamId(),
                transferred.toCaseManagerId(), transferred.ageGroup(), transferred.transferredAt());
    }

    void closed(ReceivedEvent<CaseClosed> event) {
        CaseClosed closed = event.payload();
        Sql.update(jdbc, """
                insert into case_reference (case_id, jobcenter_id, closed_on, closure_reason_code, after_care_until,
                                            closure_integration)
                values (?, ?, ?, ?, ?, ?)
                on conflict (case_id) do update set closed_on = excluded.closed_on,
                    closure_reason_code = excluded.closure_reason_code,
                    after_care_until = excluded.after_care_until,
                    closure_integration = excluded.closure_integration""", statement -> {
            statement.setObject(1, closed.caseId());
            statement.setString(2, event.envelope().jobcenterId());
            statement.setObject(3, closed.closedOn());
            statement.setString(4, closed.reasonCode());
            statement.setObject(5, closed.afterCareUntil());
            statement.setBoolean(6, closed.integration());
        });
    }

    private void responsibility(UUID caseId, String jobcenterId, String teamId, String caseManagerId, String ageGroup,
                                Instant asOf) {
        Sql.update(jdbc, """
                insert into case_reference (case_id, jobcenter_id, team_id, case_manager_id, age_group, responsibility_as_of)
                values (?, ?, ?, ?, ?, ?)
                on conflict (case_id) do update set
                    team_id = case when %1$s then excluded.team_id else case_reference.team_id end,
                    case_manager_id = case when %1$s then excluded.case_manager_id else case_reference.case_manager_id end,
                    age_group = case when %1$s then coalesce(excluded.age_group, case_reference.age_group)
                                     else case_reference.age_group end,
                    responsibility_as_of = greatest(case_reference.responsibility_as_of, excluded.responsibility_as_of)"""
                .formatted(NEWER), statement -> {
            statement.setObject(1, caseId);
            statement.setString(2, jobcenterId);
            statement.setString(3, teamId);
            statement.setString(4, caseManagerId);
            statement.setString(5, ageGroup);
            statement.setTimestamp(6, Timestamp.from(asOf));
        });
    }

    /** Only within the Jobcenter, and only once case-opened arrived (before, the case is not known here). */
    @ReadOnly
    public Optional<CaseReference> find(String jobcenterId, UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from case_reference where case_id = ? and jobcenter_id = ? "
                + "and admitted_on is not null", statement -> {
            statement.setObject(1, caseId);
            statement.setString(2, jobcenterId);
        }, CaseReferences::map).stream().findFirst();
    }

    /**
     * The open cases an FM is responsible for or stands in for on {@code day}, or (FM null) all open
     * cases of a team.
     */
    @ReadOnly
    public List<CaseReference> openCases(String jobcenterId, String teamId, String caseManagerOrDeputy, LocalDate day) {
        String scope = caseManagerOrDeputy == null ? "team_id = ?"
                : "(case_manager_id = ? or (deputy_id = ? and ? between deputy_from and deputy_until))";
        return Sql.query(jdbc, "select " + COLUMNS + " from case_reference where jobcenter_id = ? and " + scope
                + " and admitted_on is not null and closed_on is null", statement -> {
            statement.setString(1, jobcenterId);
            if (caseManagerOrDeputy == null) {
                statement.setString(2, teamId);
            } else {
                statement.setString(2, caseManagerOrDeputy);
                statement.setString(3, caseManagerOrDeputy);
                statement.setObject(4, day);
            }
        }, CaseReferences::map);
    }

    @ReadOnly
    public long count(String jobcenterId) {
        return Sql.query(jdbc, "select count(*) from case_reference where jobcenter_id = ? and admitted_on is not null",
                statement -> statement.setString(1, jobcenterId), rs -> rs.getLong(1)).get(0);
    }

    private static CaseReference map(ResultSet rs) throws SQLException {
        return new CaseReference(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getString(6), (Integer) rs.getObject(7),
                rs.getObject(8, LocalDate.class), rs.getString(9), rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class), (Boolean) rs.getObject(12), rs.getObject(13, LocalDate.class),
                rs.getString(14), rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class),
                rs.getObject(17, LocalDate.class), (Boolean) rs.getObject(18));
    }
}
