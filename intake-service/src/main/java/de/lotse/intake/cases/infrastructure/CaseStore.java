package de.lotse.intake.cases.infrastructure;

import de.lotse.intake.cases.domain.Admission;
import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseStatus;
import de.lotse.intake.cases.domain.Closure;
import de.lotse.intake.cases.domain.Decline;
import de.lotse.intake.cases.domain.DeclineReason;
import de.lotse.intake.cases.domain.Deputy;
import de.lotse.intake.cases.domain.Escalation;
import de.lotse.intake.cases.domain.FirstConsultation;
import de.lotse.intake.cases.domain.Handover;
import de.lotse.intake.cases.domain.Referral;
import de.lotse.intake.cases.domain.ReferralRoute;
import de.lotse.intake.cases.domain.Routing;
import de.lotse.intake.cases.domain.SupportRole;
import de.lotse.intake.cases.domain.SupportVariant;
import de.lotse.intake.cases.domain.U25TargetGroup;
import de.lotse.intake.customers.domain.AgeGroup;
import de.lotse.intake.eligibility.domain.AccessReason;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Maps the case aggregate to the {@code bfm_case} table (one row, the value objects flattened
 * into columns). Updates check the version: a concurrent change fails with an optimistic lock.
 */
@Singleton
public class CaseStore {
    static final String COLUMNS = String.join(", ", columns(null).keySet());

    private final Statements sql;

    CaseStore(Statements sql) {
        this.sql = sql;
    }

    /** Only within the Jobcenter: another Jobcenter's case is indistinguishable from a missing one. */
    public Optional<BfmCase> find(String jobcenterId, UUID caseId) {
        return sql
                .query(
                        "select " + COLUMNS + " from bfm_case where id = :id and jobcenter_id = :jobcenterId",
                        Params.of("id", caseId).and("jobcenterId", jobcenterId),
                        CaseStore::map)
                .stream()
                .findFirst();
    }

    /**
     * A page of the Jobcenter's cases in the order of their ids, after {@code after} (null: from the first), for
     * an export that walks through all of them.
     */
    public List<BfmCase> pageOf(String jobcenterId, UUID after, int limit) {
        return sql.query(
                "select " + COLUMNS + " from bfm_case where jobcenter_id = :jobcenterId and id > :after"
                        + " order by id limit :limit",
                Params.of("jobcenterId", jobcenterId)
                        .and("after", after == null ? new UUID(0, 0) : after) // the least uuid
                        .and("limit", limit),
                CaseStore::map);
    }

    /** Whether the customer already has a referral or case in progress. */
    public boolean hasCaseInProgress(UUID customerId) {
        return sql.count(
                        "select count(*) from bfm_case where customer_id = :customerId and status = any(:statuses)",
                        Params.of("customerId", customerId)
                                .and(
                                        "statuses",
                                        CaseStatus.IN_PROGRESS.stream()
                                                .map(Enum::name)
                                                .toArray(String[]::new)))
                > 0;
    }

    /** Open cases an FM is responsible for (the caseload the policy ratio limits). */
    public long caseloadOf(String jobcenterId, String caseManagerId) {
        return sql.count(
                "select count(*) from bfm_case where jobcenter_id = :jobcenterId "
                        + "and case_manager_id = :caseManagerId and status in ('ADMITTED', 'ACTIVE')",
                Params.of("jobcenterId", jobcenterId).and("caseManagerId", caseManagerId));
    }

    /** Every column bound by its own name ({@code :status}); the criteria snapshot as jsonb. */
    public void insert(BfmCase bfmCase, String criteriaSnapshot) {
        Map<String, Object> columns = columns(bfmCase);
        columns.put("criteria_snapshot", criteriaSnapshot);
        String names = String.join(", ", columns.keySet());
        String values = columns.keySet().stream()
                .map(c -> c.equals("criteria_snapshot") ? ":" + c + "::jsonb" : ":" + c)
                .collect(Collectors.joining(", "));
        sql.update("insert into bfm_case (" + names + ") values (" + values + ")", Params.ofAll(columns));
    }

    /** Writes the new state; fails if someone else changed the case since it was read. Returns it with its new version. */
    public BfmCase update(BfmCase bfmCase) {
        Map<String, Object> columns = columns(bfmCase);
        columns.remove("id");
        columns.remove("version");
        String assignments = columns.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        int updated = sql.update(
                "update bfm_case set " + assignments + ", version = version + 1 "
                        + "where id = :id and version = :version",
                Params.ofAll(columns).and("id", bfmCase.id()).and("version", bfmCase.version()));
        if (updated != 1) {
            throw new OptimisticLockException("case " + bfmCase.id() + " changed concurrently");
        }
        return new BfmCase(
                bfmCase.id(),
                bfmCase.jobcenterId(),
                bfmCase.customerId(),
                bfmCase.status(),
                bfmCase.referral(),
                bfmCase.ageGroup(),
                bfmCase.teamId(),
                bfmCase.decline(),
                bfmCase.escalation(),
                bfmCase.admission(),
                bfmCase.caseManagerId(),
                bfmCase.supportRole(),
                bfmCase.firstConsultation(),
                bfmCase.deputy(),
                bfmCase.closure(),
                bfmCase.routing(),
                bfmCase.version() + 1);
    }

    /** The eligibility answer the referral rested on, as stored JSON. */
    public Optional<String> criteriaSnapshot(UUID caseId) {
        return sql
                .query(
                        "select criteria_snapshot::text from bfm_case where id = :id",
                        Params.of("id", caseId),
                        rs -> rs.getString(1))
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** Column name → value, in table order; with {@code null} only the names matter. */
    private static Map<String, Object> columns(BfmCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        Referral r = c == null ? null : c.referral();
        Decline d = c == null ? null : c.decline();
        Escalation e = c == null ? null : c.escalation();
        Admission a = c == null ? null : c.admission();
        FirstConsultation f = c == null ? null : c.firstConsultation();
        Deputy dep = c == null ? null : c.deputy();
        Closure cl = c == null ? null : c.closure();
        Handover h = cl == null ? null : cl.handover();
        m.put("id", c == null ? null : c.id());
        m.put("jobcenter_id", c == null ? null : c.jobcenterId());
        m.put("customer_id", c == null ? null : c.customerId());
        m.put("status", c == null ? null : c.status());
        m.put("route", r == null ? null : r.route());
        m.put(
                "reason_codes",
                r == null ? null : r.reasons().stream().map(Enum::name).toArray(String[]::new));
        m.put("referral_note", r == null ? null : r.note());
        m.put("age_group", c == null ? null : c.ageGroup());
        m.put("team_id", c == null ? null : c.teamId());
        m.put("referred_by", r == null ? null : r.referredBy());
        m.put("referred_at", r == null ? null : r.referredAt());
        m.put("referred_on", r == null ? null : r.referredOn());
        m.put("policy_version", r == null ? null : r.policyVersion());
        m.put("secondary_assignment_due_on", r == null ? null : r.secondaryAssignmentDueOn());
        m.put("predecessor_case_id", r == null ? null : r.predecessorCaseId());
        m.put("carried_duration_start_on", r == null ? null : r.carriedDurationStartOn());
        m.put("decline_reason", d == null ? null : d.reason());
        m.put("decline_note", d == null ? null : d.note());
        m.put("declined_by", d == null ? null : d.declinedBy());
        m.put("declined_at", d == null ? null : d.declinedAt());
        m.put("decline_policy_version", d == null ? null : d.policyVersion());
        m.put("escalated_by", e == null ? null : e.escalatedBy());
        m.put("escalated_at", e == null ? null : e.escalatedAt());
        m.put("escalation_statement", e == null ? null : e.statement());
        m.put("escalation_decided_by", e == null ? null : e.decidedBy());
        m.put("escalation_decided_at", e == null ? null : e.decidedAt());
        m.put("escalation_admitted", e == null ? null : e.admitted());
        m.put("escalation_decision_note", e == null ? null : e.decisionNote());
        m.put("escalation_policy_version", e == null ? null : e.policyVersion());
        m.put("case_manager_id", c == null ? null : c.caseManagerId());
        m.put("admitted_on", a == null ? null : a.admittedOn());
        m.put("admitted_at", a == null ? null : a.admittedAt());
        m.put("admission_decided_by", a == null ? null : a.decidedBy());
        m.put("admission_decided_by_role", a == null ? null : a.decidedByRole());
        m.put("joint_case_discussion_on", a == null ? null : a.jointCaseDiscussionOn());
        m.put("support_variant", a == null ? null : a.variant());
        m.put("over_caseload_override", a == null ? null : a.overCaseloadOverride());
        m.put("admission_policy_version", a == null ? null : a.policyVersion());
        m.put("duration_start_on", a == null ? null : a.durationStartOn());
        m.put("max_duration_ends_on", a == null ? null : a.maxDurationEndsOn());
        m.put("support_role", c == null ? null : c.supportRole());
        m.put("first_consultation_due_on", f == null ? null : f.dueOn());
        m.put("first_consultation_scheduled_on", f == null ? null : f.scheduledOn());
        m.put("first_consultation_held_on", f == null ? null : f.heldOn());
        m.put("clarification_phase_ends_on", f == null ? null : f.clarificationPhaseEndsOn());
        m.put("deputy_id", dep == null ? null : dep.deputyId());
        m.put("deputy_from", dep == null ? null : dep.from());
        m.put("deputy_until", dep == null ? null : dep.until());
        m.put("deputy_customer_agreed", dep == null ? null : dep.customerAgreed());
        m.put("closure_reason_code", cl == null ? null : cl.reasonCode());
        m.put("closure_integration", cl == null ? null : cl.integration());
        m.put("closed_on", cl == null ? null : cl.closedOn());
        m.put("closed_at", cl == null ? null : cl.closedAt());
        m.put("closed_by", cl == null ? null : cl.closedBy());
        m.put("handover_av_id", h == null ? null : h.avId());
        m.put("handover_on", h == null ? null : h.on());
        m.put("handover_tl_involved", h == null ? null : h.teamLeadInvolved());
        m.put("after_care_until", cl == null ? null : cl.afterCareUntil());
        m.put("closure_note", cl == null ? null : cl.note());
        m.put("successor_case_id", cl == null ? null : cl.successorCaseId());
        m.put("closure_policy_version", cl == null ? null : cl.policyVersion());
        m.put("application_on", r == null ? null : r.applicationOn());
        m.put("benefit_decision_on", r == null ? null : r.benefitDecisionOn());
        m.put("first_talk_due_on", r == null ? null : r.firstTalkDueOn());
        Routing ro = c == null ? null : c.routing();
        m.put("routing_segment", ro == null ? null : ro.segment());
        m.put("handed_over_on", ro == null ? null : ro.handedOverOn());
        m.put("invitation_due_on", ro == null ? null : ro.invitationDueOn());
        m.put("invitation_sent_on", ro == null ? null : ro.invitationSentOn());
        m.put("market_near_talk_due_on", ro == null ? null : ro.talkDueOn());
        m.put("market_near_review_on", ro == null ? null : ro.reviewOn());
        m.put("reactivation_instructed_on", ro == null ? null : ro.reactivationInstructedOn());
        m.put("u25_target_group", ro == null ? null : ro.targetGroup());
        m.put("u25_target_group_since", ro == null ? null : ro.targetGroupSince());
        m.put("u25_target_group_key_date", ro == null ? null : ro.targetGroupKeyDate());
        m.put("u25_target_group_review_on", ro == null ? null : ro.targetGroupReviewOn());
        m.put("version", c == null ? null : c.version());
        return m;
    }

    /** Reads a case from a result set that selected {@link #COLUMNS} (possibly with a table alias). */
    static BfmCase map(ResultSet rs) throws SQLException {
        Referral referral = new Referral(
                ReferralRoute.valueOf(rs.getString("route")),
                Arrays.stream((String[]) rs.getArray("reason_codes").getArray())
                        .map(AccessReason::valueOf)
                        .toList(),
                rs.getString("referral_note"),
                rs.getString("referred_by"),
                instant(rs, "referred_at"),
                date(rs, "referred_on"),
                rs.getInt("policy_version"),
                date(rs, "secondary_assignment_due_on"),
                rs.getObject("predecessor_case_id", UUID.class),
                date(rs, "carried_duration_start_on"),
                date(rs, "application_on"),
                date(rs, "benefit_decision_on"),
                date(rs, "first_talk_due_on"));
        Decline decline = rs.getString("decline_reason") == null
                ? null
                : new Decline(
                        DeclineReason.valueOf(rs.getString("decline_reason")),
                        rs.getString("decline_note"),
                        rs.getString("declined_by"),
                        instant(rs, "declined_at"),
                        rs.getInt("decline_policy_version"));
        Escalation escalation = rs.getString("escalated_by") == null
                ? null
                : new Escalation(
                        rs.getString("escalated_by"),
                        instant(rs, "escalated_at"),
                        rs.getString("escalation_statement"),
                        rs.getString("escalation_decided_by"),
                        instant(rs, "escalation_decided_at"),
                        (Boolean) rs.getObject("escalation_admitted"),
                        rs.getString("escalation_decision_note"),
                        (Integer) rs.getObject("escalation_policy_version"));
        Admission admission = rs.getObject("admitted_on") == null
                ? null
                : new Admission(
                        date(rs, "admitted_on"),
                        instant(rs, "admitted_at"),
                        rs.getString("admission_decided_by"),
                        rs.getString("admission_decided_by_role"),
                        date(rs, "joint_case_discussion_on"),
                        SupportVariant.valueOf(rs.getString("support_variant")),
                        rs.getBoolean("over_caseload_override"),
                        rs.getInt("admission_policy_version"),
                        date(rs, "duration_start_on"),
                        date(rs, "max_duration_ends_on"));
        FirstConsultation consultation = admission == null
                ? null
                : new FirstConsultation(
                        date(rs, "first_consultation_due_on"), date(rs, "first_consultation_scheduled_on"),
                        date(rs, "first_consultation_held_on"), date(rs, "clarification_phase_ends_on"));
        Deputy deputy = rs.getString("deputy_id") == null
                ? null
                : new Deputy(
                        rs.getString("deputy_id"),
                        date(rs, "deputy_from"),
                        date(rs, "deputy_until"),
                        rs.getBoolean("deputy_customer_agreed"));
        Handover handover = rs.getString("handover_av_id") == null
                ? null
                : new Handover(
                        rs.getString("handover_av_id"), date(rs, "handover_on"), rs.getBoolean("handover_tl_involved"));
        Closure closure = rs.getString("closure_reason_code") == null
                ? null
                : new Closure(
                        rs.getString("closure_reason_code"),
                        rs.getBoolean("closure_integration"),
                        date(rs, "closed_on"),
                        instant(rs, "closed_at"),
                        rs.getString("closed_by"),
                        handover,
                        date(rs, "after_care_until"),
                        rs.getString("closure_note"),
                        rs.getObject("successor_case_id", UUID.class),
                        rs.getInt("closure_policy_version"));
        String segment = rs.getString("routing_segment");
        Routing routing = segment == null
                ? null
                : new Routing(
                        Routing.Segment.valueOf(segment),
                        date(rs, "handed_over_on"),
                        date(rs, "invitation_due_on"),
                        date(rs, "invitation_sent_on"),
                        date(rs, "market_near_talk_due_on"),
                        date(rs, "market_near_review_on"),
                        date(rs, "reactivation_instructed_on"),
                        rs.getString("u25_target_group") == null
                                ? null
                                : U25TargetGroup.valueOf(rs.getString("u25_target_group")),
                        date(rs, "u25_target_group_since"),
                        date(rs, "u25_target_group_key_date"),
                        date(rs, "u25_target_group_review_on"));
        String role = rs.getString("support_role");
        return new BfmCase(
                rs.getObject("id", UUID.class),
                rs.getString("jobcenter_id"),
                rs.getObject("customer_id", UUID.class),
                CaseStatus.valueOf(rs.getString("status")),
                referral,
                AgeGroup.valueOf(rs.getString("age_group")),
                rs.getString("team_id"),
                decline,
                escalation,
                admission,
                rs.getString("case_manager_id"),
                role == null ? null : SupportRole.valueOf(role),
                consultation,
                deputy,
                closure,
                routing,
                rs.getLong("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
