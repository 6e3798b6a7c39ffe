package de.lotse.platform.casereference;

import de.lotse.platform.contracts.CaseAssigned;
import de.lotse.platform.contracts.CaseClosed;
import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.contracts.CaseTransferred;
import de.lotse.platform.inbox.ReceivedEvent;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.jdbc.UpsertIfNewer;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code case_reference} table of assessment-, planning- and network-service: the service adds the Flyway
 * location {@code classpath:db/case-reference} and wires {@link CaseLifecycleConsumer} and
 * {@link CaseReferenceEndpoint} in its own packages.
 * Every write is an upsert that only lets a newer fact replace an older one, so the events of one
 * case may arrive in any order across their topics and be redelivered.
 */
@Singleton
public class CaseReferences {
    private static final String COLUMNS = """
            case_id, jobcenter_id, customer_ref, team_id, case_manager_id, age_group, policy_version, admitted_on,
            deputy_id, deputy_from, deputy_until, deputy_customer_agreed, closed_on, closure_reason_code,
            max_duration_ends_on, minor_until, after_care_until, closure_integration""";
    /** Replaces responsibility columns only with a newer fact. */
    private static final String NEWER = "case_reference.responsibility_as_of is null "
            + "or case_reference.responsibility_as_of < excluded.responsibility_as_of";

    /** A deputy (TAH 4.9): the newest assignment's. */
    private static final UpsertIfNewer DEPUTY = UpsertIfNewer.into("case_reference")
            .key("case_id")
            .insertOnly("jobcenter_id")
            .set("deputy_id", "deputy_from", "deputy_until", "deputy_customer_agreed")
            .newestBy("deputy_as_of");

    private final Statements sql;

    CaseReferences(Statements sql) {
        this.sql = sql;
    }

    public void opened(ReceivedEvent<CaseOpened> event) {
        CaseOpened opened = event.payload();
        sql.update(
                """
                insert into case_reference (case_id, jobcenter_id, customer_ref, team_id, case_manager_id, age_group,
                                            policy_version, admitted_on, opened_event_id, responsibility_as_of,
                                            max_duration_ends_on, minor_until)
                values (:caseId, :jobcenterId, :customerRef, :teamId, :caseManagerId, :ageGroup, :policyVersion,
                        :admittedOn, :openedEventId, :asOf, :maxDurationEndsOn, :minorUntil)
                on conflict (case_id) do update set
                    max_duration_ends_on = excluded.max_duration_ends_on, minor_until = excluded.minor_until,
                    customer_ref = excluded.customer_ref, policy_version = excluded.policy_version,
                    admitted_on = excluded.admitted_on, opened_event_id = excluded.opened_event_id,
                    team_id = case when %1$s then excluded.team_id else case_reference.team_id end,
                    case_manager_id = case when %1$s then excluded.case_manager_id else case_reference.case_manager_id end,
                    age_group = case when %1$s then excluded.age_group else case_reference.age_group end,
                    responsibility_as_of = greatest(case_reference.responsibility_as_of, excluded.responsibility_as_of)""".formatted(NEWER),
                Params.of("caseId", opened.caseId())
                        .and("jobcenterId", event.envelope().jobcenterId())
                        .and("customerRef", opened.customerRef())
                        .and("teamId", opened.teamId())
                        .and("caseManagerId", opened.caseManagerId())
                        .and("ageGroup", opened.ageGroup())
                        .and("policyVersion", opened.policyVersion())
                        .and("admittedOn", opened.admittedOn())
                        .and("openedEventId", event.envelope().eventId())
                        .and("asOf", opened.admittedAt())
                        .and("maxDurationEndsOn", opened.maxDurationEndsOn())
                        .and("minorUntil", opened.minorUntil()));
    }

    public void assigned(ReceivedEvent<CaseAssigned> event) {
        CaseAssigned assigned = event.payload();
        if ("DEPUTY".equals(assigned.supportRole())) {
            sql.upsert(
                    DEPUTY,
                    Params.of("case_id", assigned.caseId())
                            .and("jobcenter_id", event.envelope().jobcenterId())
                            .and("deputy_id", assigned.caseManagerId())
                            .and("deputy_from", assigned.validFrom())
                            .and("deputy_until", assigned.validUntil())
                            .and("deputy_customer_agreed", assigned.customerAgreed())
                            .and("deputy_as_of", assigned.assignedAt()));
            return;
        }
        responsibility(
                assigned.caseId(),
                event.envelope().jobcenterId(),
                assigned.teamId(),
                assigned.caseManagerId(),
                null,
                assigned.assignedAt());
    }

    public void transferred(ReceivedEvent<CaseTransferred> event) {
        CaseTransferred transferred = event.payload();
        responsibility(
                transferred.caseId(),
                event.envelope().jobcenterId(),
                transferred.toTeamId(),
                transferred.toCaseManagerId(),
                transferred.ageGroup(),
                transferred.transferredAt());
    }

    public void closed(ReceivedEvent<CaseClosed> event) {
        CaseClosed closed = event.payload();
        sql.update(
                """
                insert into case_reference (case_id, jobcenter_id, closed_on, closure_reason_code, after_care_until,
                                            closure_integration)
                values (:caseId, :jobcenterId, :closedOn, :reasonCode, :afterCareUntil, :integration)
                on conflict (case_id) do update set closed_on = excluded.closed_on,
                    closure_reason_code = excluded.closure_reason_code,
                    after_care_until = excluded.after_care_until,
                    closure_integration = excluded.closure_integration""",
                Params.of("caseId", closed.caseId())
                        .and("jobcenterId", event.envelope().jobcenterId())
                        .and("closedOn", closed.closedOn())
                        .and("reasonCode", closed.reasonCode())
                        .and("afterCareUntil", closed.afterCareUntil())
                        .and("integration", closed.integration()));
    }

    private void responsibility(
            UUID caseId, String jobcenterId, String teamId, String caseManagerId, String ageGroup, Instant asOf) {
        sql.update(
                """
                insert into case_reference (case_id, jobcenter_id, team_id, case_manager_id, age_group, responsibility_as_of)
                values (:caseId, :jobcenterId, :teamId, :caseManagerId, :ageGroup, :asOf)
                on conflict (case_id) do update set
                    team_id = case when %1$s then excluded.team_id else case_reference.team_id end,
                    case_manager_id = case when %1$s then excluded.case_manager_id else case_reference.case_manager_id end,
                    age_group = case when %1$s then coalesce(excluded.age_group, case_reference.age_group)
                                     else case_reference.age_group end,
                    responsibility_as_of = greatest(case_reference.responsibility_as_of, excluded.responsibility_as_of)""".formatted(NEWER),
                Params.of("caseId", caseId)
                        .and("jobcenterId", jobcenterId)
                        .and("teamId", teamId)
                        .and("caseManagerId", caseManagerId)
                        .and("ageGroup", ageGroup)
                        .and("asOf", asOf));
    }

    /** Only within the Jobcenter, and only once case-opened arrived (before, the case is not known here). */
    @ReadOnly
    public Optional<CaseReference> find(String jobcenterId, UUID caseId) {
        return sql
                .query(
                        "select " + COLUMNS + " from case_reference where case_id = :caseId "
                                + "and jobcenter_id = :jobcenterId and admitted_on is not null",
                        Params.of("caseId", caseId).and("jobcenterId", jobcenterId),
                        CaseReferences::map)
                .stream()
                .findFirst();
    }

    /**
     * The open cases an FM is responsible for or stands in for on {@code day}, or (FM null) all open
     * cases of a team.
     */
    @ReadOnly
    public List<CaseReference> openCases(String jobcenterId, String teamId, String caseManagerOrDeputy, LocalDate day) {
        String scope = caseManagerOrDeputy == null
                ? "team_id = :teamId"
                : "(case_manager_id = :person or (deputy_id = :person and :day between deputy_from and deputy_until))";
        return sql.query(
                "select " + COLUMNS + " from case_reference where jobcenter_id = :jobcenterId and " + scope
                        + " and admitted_on is not null and closed_on is null",
                Params.of("jobcenterId", jobcenterId)
                        .and("teamId", teamId)
                        .and("person", caseManagerOrDeputy)
                        .and("day", day),
                CaseReferences::map);
    }

    @ReadOnly
    public long count(String jobcenterId) {
        return sql.count(
                "select count(*) from case_reference where jobcenter_id = :jobcenterId "
                        + "and admitted_on is not null",
                Params.of("jobcenterId", jobcenterId));
    }

    private static CaseReference map(ResultSet rs) throws SQLException {
        return new CaseReference(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                (Integer) rs.getObject(7),
                rs.getObject(8, LocalDate.class),
                rs.getString(9),
                rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class),
                (Boolean) rs.getObject(12),
                rs.getObject(13, LocalDate.class),
                rs.getString(14),
                rs.getObject(15, LocalDate.class),
                rs.getObject(16, LocalDate.class),
                rs.getObject(17, LocalDate.class),
                (Boolean) rs.getObject(18));
    }
}
