package de.lotse.reporting.casefacts.infrastructure;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.jdbc.UpsertIfNewer;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Upserts of the facts other topics add to a case's row. The row may not exist yet (case-opened not
 * consumed yet): then the fact creates it. Each group keeps the newest fact by its own time.
 * <p>
 * Where a fact simply replaces its own columns when it is newer, the statement is an {@link UpsertIfNewer}
 * (parameters named like the columns); statements that do more (keep the later of two values, fill
 * empty columns from either side, derive a day from a time, ignore a redelivery) stay written out.
 */
@Singleton
public class CaseFactsStore {
    private static final UpsertIfNewer RESPONSIBILITY = UpsertIfNewer.into("caseload_case")
            .key("case_id")
            .insertOnly("jobcenter_id")
            .set("team_id", "case_manager_id")
            .newestBy("responsibility_at");
    private static final UpsertIfNewer AGE_GROUP = UpsertIfNewer.into("caseload_case")
            .key("case_id")
            .insertOnly("jobcenter_id")
            .set("age_group")
            .newestBy("age_group_at");
    /** A referral fills the team only where no other fact set one. */
    private static final UpsertIfNewer REFERRED = UpsertIfNewer.into("caseload_case")
            .key("case_id")
            .insertOnly("jobcenter_id")
            .set("secondary_assignment_due_on")
            .fillIfEmpty("team_id")
            .newestBy("referred_at");

    private static final UpsertIfNewer REFERRAL_DECLINED = UpsertIfNewer.into("caseload_case")
            .key("case_id")
            .insertOnly("jobcenter_id")
            .newestBy("referral_declined_at");
    private static final UpsertIfNewer CLOSED = UpsertIfNewer.into("caseload_case")
            .key("case_id")
            .insertOnly("jobcenter_id")
            .set("closed_on", "closure_reason", "integration", "duration_days")
            .newestBy("closed_at");
    private static final UpsertIfNewer AGREEMENT = UpsertIfNewer.into("caseload_case")
            .key("case_id")
            .insertOnly("jobcenter_id")
            .set("agreement_valid_until", "agreement_review_on")
            .newestBy("agreement_at");
    private static final UpsertIfNewer ASSESSMENT = UpsertIfNewer.into("caseload_case")
            .key("case_id")
            .insertOnly("jobcenter_id")
            .set("category_code")
            .newestBy("assessment_version");
    /** recorded_at is never null: the block's "is null or" adds nothing to the "<" this statement always had. */
    private static final UpsertIfNewer NON_REFERRAL = UpsertIfNewer.into("report_non_referral")
            .key("non_referral_id")
            .insertOnly("jobcenter_id")
            .set("team_id", "status", "recheck_due_on")
            .newestBy("recorded_at");
    /** registered_at is never null either ({@link #NON_REFERRAL}). */
    private static final UpsertIfNewer PARTNER = UpsertIfNewer.into("report_partner")
            .key("partner_id")
            .insertOnly("jobcenter_id")
            .set("partner_type")
            .newestBy("registered_at");

    private final Statements sql;

    CaseFactsStore(Statements sql) {
        this.sql = sql;
    }

    /**
     * Responsibility (assignment, reassignment, transfer): team and FM of the newest. The age group is
     * not part of it ({@link #ageGroup}): an assignment carries none, so a newer assignment must not
     * make an older transfer's age group look stale.
     */
    public void responsibility(UUID caseId, String jobcenterId, String teamId, String caseManagerId, Instant at) {
        sql.upsert(
                RESPONSIBILITY,
                Params.of("case_id", caseId)
                        .and("jobcenter_id", jobcenterId)
                        .and("team_id", teamId)
                        .and("case_manager_id", caseManagerId)
                        .and("responsibility_at", at));
    }

    /**
     * The age group as of a fact that carries it (referral, transfer; the opening in
     * {@code CaseloadStore}): the newest fact's wins, by its own time, whatever else arrived since.
     */
    public void ageGroup(UUID caseId, String jobcenterId, String ageGroup, Instant at) {
        sql.upsert(
                AGE_GROUP,
                Params.of("case_id", caseId)
                        .and("jobcenter_id", jobcenterId)
                        .and("age_group", ageGroup)
                        .and("age_group_at", at));
    }

    /**
     * A referral (Vormerkung): the team it went to and by when an FM must take it. Only facts the
     * opening does not carry, so case-opened (arriving earlier or later) keeps its own columns.
     */
    public void referred(
            UUID caseId, String jobcenterId, String teamId, Instant referredAt, LocalDate secondaryAssignmentDueOn) {
        sql.upsert(
                REFERRED,
                Params.of("case_id", caseId)
                        .and("jobcenter_id", jobcenterId)
                        .and("team_id", teamId)
                        .and("referred_at", referredAt)
                        .and("secondary_assignment_due_on", secondaryAssignmentDueOn));
    }

    /** A final no to a referral (by the FM, or by the team lead after an escalation): it waits no longer. */
    public void referralDeclined(UUID caseId, String jobcenterId, Instant decidedAt) {
        sql.upsert(
                REFERRAL_DECLINED,
                Params.of("case_id", caseId).and("jobcenter_id", jobcenterId).and("referral_declined_at", decidedAt));
    }

    /**
     * Deadlines from an assignment: the first consultation's due day and the day it took place. No time
     * decides here: a new due day replaces the old one unless it is missing, the first day held is kept.
     */
    public void firstConsultation(UUID caseId, String jobcenterId, LocalDate dueOn, LocalDate heldOn) {
        sql.update(
                """
                insert into caseload_case (case_id, jobcenter_id, first_consultation_due_on, first_consultation_held_on)
                values (:case_id, :jobcenter_id, :first_consultation_due_on, :first_consultation_held_on)
                on conflict (case_id) do update set
                    first_consultation_due_on = coalesce(excluded.first_consultation_due_on,
                                                         caseload_case.first_consultation_due_on),
                    first_consultation_held_on = coalesce(caseload_case.first_consultation_held_on,
                                                          excluded.first_consultation_held_on)""",
                Params.of("case_id", caseId)
                        .and("jobcenter_id", jobcenterId)
                        .and("first_consultation_due_on", dueOn)
                        .and("first_consultation_held_on", heldOn));
    }

    public void closed(
            UUID caseId,
            String jobcenterId,
            LocalDate closedOn,
            Instant closedAt,
            String reason,
            boolean integration,
            long durationDays) {
        sql.upsert(
                CLOSED,
                Params.of("case_id", caseId)
                        .and("jobcenter_id", jobcenterId)
                        .and("closed_on", closedOn)
                        .and("closed_at", closedAt)
                        .and("closure_reason", reason)
                        .and("integration", integration)
                        .and("duration_days", durationDays));
    }

    public void agreement(UUID caseId, String jobcenterId, LocalDate validUntil, LocalDate reviewOn, Instant at) {
        sql.upsert(
                AGREEMENT,
                Params.of("case_id", caseId)
                        .and("jobcenter_id", jobcenterId)
                        .and("agreement_valid_until", validUntil)
                        .and("agreement_review_on", reviewOn)
                        .and("agreement_at", at));
    }

    /** A review: the next due day from the newest review; an approved extension's end is kept at its latest. */
    public void review(
            UUID caseId, String jobcenterId, LocalDate nextReviewDueOn, LocalDate extensionUntil, Instant at) {
        sql.update(
                """
                insert into caseload_case (case_id, jobcenter_id, next_review_due_on, review_at, extension_until)
                values (:case_id, :jobcenter_id, :next_review_due_on, :review_at, :extension_until)
                on conflict (case_id) do update set
                    next_review_due_on = case when caseload_case.review_at is null or caseload_case.review_at < excluded.review_at
                                              then excluded.next_review_due_on else caseload_case.next_review_due_on end,
                    review_at = greatest(caseload_case.review_at, excluded.review_at),
                    extension_until = greatest(caseload_case.extension_until, excluded.extension_until)""",
                Params.of("case_id", caseId)
                        .and("jobcenter_id", jobcenterId)
                        .and("next_review_due_on", nextReviewDueOn)
                        .and("review_at", at)
                        .and("extension_until", extensionUntil));
    }

    public void assessment(UUID caseId, String jobcenterId, int version, String categoryCode) {
        sql.upsert(
                ASSESSMENT,
                Params.of("case_id", caseId)
                        .and("jobcenter_id", jobcenterId)
                        .and("assessment_version", version)
                        .and("category_code", categoryCode));
    }

    public void contact(UUID contactId, UUID caseId, LocalDate occurredOn, boolean counts) {
        sql.update(
                """
                insert into report_contact (contact_id, case_id, occurred_on, counts)
                values (:contact_id, :case_id, :occurred_on, :counts)
                on conflict (contact_id) do nothing""",
                Params.of("contact_id", contactId)
                        .and("case_id", caseId)
                        .and("occurred_on", occurredOn)
                        .and("counts", counts));
    }

    /** A collegial case consultation (docs/domain.md §17): the first delivery counts, a redelivery changes nothing. */
    public void consultation(
            UUID consultationId, UUID caseId, String jobcenterId, LocalDate heldOn, int participantCount) {
        sql.update(
                """
                insert into report_consultation (consultation_id, case_id, jobcenter_id, held_on, participant_count)
                values (:consultationId, :caseId, :jobcenterId, :heldOn, :participantCount)
                on conflict (consultation_id) do nothing""",
                Params.of("consultationId", consultationId)
                        .and("caseId", caseId)
                        .and("jobcenterId", jobcenterId)
                        .and("heldOn", heldOn)
                        .and("participantCount", participantCount));
    }

    /**
     * A sustainability check after a closure into work (docs/domain.md §16.2): the first delivery counts, a
     * redelivery changes nothing.
     */
    public void sustainabilityCheck(
            UUID checkId,
            UUID caseId,
            String jobcenterId,
            int checkpointMonths,
            LocalDate checkedOn,
            boolean sustained) {
        sql.update(
                """
                insert into report_sustainability_check (check_id, case_id, jobcenter_id, checkpoint_months,
                                                         checked_on, sustained)
                values (:checkId, :caseId, :jobcenterId, :checkpointMonths, :checkedOn, :sustained)
                on conflict (check_id) do nothing""",
                Params.of("checkId", checkId)
                        .and("caseId", caseId)
                        .and("jobcenterId", jobcenterId)
                        .and("checkpointMonths", checkpointMonths)
                        .and("checkedOn", checkedOn)
                        .and("sustained", sustained));
    }

    /** A measure's start; its end (arriving earlier or later) keeps its own columns. */
    public void measureStarted(
            UUID measureId,
            UUID caseId,
            String instrument,
            LocalDate startedOn,
            LocalDate plannedEndOn,
            String jobcenterId) {
        sql.update(
                """
                insert into report_measure (measure_id, case_id, instrument, started_on, planned_end_on, jobcenter_id)
                values (:measure_id, :case_id, :instrument, :started_on, :planned_end_on, :jobcenter_id)
                on conflict (measure_id) do update set started_on = excluded.started_on,
                    planned_end_on = excluded.planned_end_on""",
                Params.of("measure_id", measureId)
                        .and("case_id", caseId)
                        .and("instrument", instrument)
                        .and("started_on", startedOn)
                        .and("planned_end_on", plannedEndOn)
                        .and("jobcenter_id", jobcenterId));
    }

    public void measureEnded(
            UUID measureId, UUID caseId, String instrument, LocalDate endedOn, boolean successful, String jobcenterId) {
        sql.update(
                """
                insert into report_measure (measure_id, case_id, instrument, ended_on, successful, jobcenter_id)
                values (:measure_id, :case_id, :instrument, :ended_on, :successful, :jobcenter_id)
                on conflict (measure_id) do update set ended_on = excluded.ended_on, successful = excluded.successful""",
                Params.of("measure_id", measureId)
                        .and("case_id", caseId)
                        .and("instrument", instrument)
                        .and("ended_on", endedOn)
                        .and("successful", successful)
                        .and("jobcenter_id", jobcenterId));
    }

    /**
     * One assessment version's outcome facts.
     *
     * @param coRating the co-rated scale: the sums, the dimensions rated and the comparison with the case's
     *                 first co-rated version; none of it when the version has no co-rating
     */
    public void assessmentOutcome(
            UUID assessmentId,
            UUID caseId,
            int version,
            LocalDate completedOn,
            int needsResolved,
            String direction,
            CoRating coRating,
            String jobcenterId) {
        sql.update(
                """
                insert into report_assessment (assessment_id, case_id, version, completed_on, needs_resolved, direction,
                                               co_rating_customer, co_rating_case_manager, jobcenter_id,
                                               co_rated_dimensions, co_rating_compared_with, co_rating_common_dimensions,
                                               co_rating_change)
                values (:assessment_id, :case_id, :version, :completed_on, :needs_resolved, :direction,
                        :co_rating_customer, :co_rating_case_manager, :jobcenter_id,
                        :co_rated_dimensions, :co_rating_compared_with, :co_rating_common_dimensions,
                        :co_rating_change)
                on conflict (assessment_id) do nothing""",
                Params.of("assessment_id", assessmentId)
                        .and("case_id", caseId)
                        .and("version", version)
                        .and("completed_on", completedOn)
                        .and("needs_resolved", needsResolved)
                        .and("direction", direction)
                        .and("co_rating_customer", coRating.customerSum())
                        .and("co_rating_case_manager", coRating.caseManagerSum())
                        .and("jobcenter_id", jobcenterId)
                        .and(
                                "co_rated_dimensions",
                                coRating.dimensions() == null
                                        ? null
                                        : coRating.dimensions().toArray(String[]::new))
                        .and("co_rating_compared_with", coRating.comparedWith())
                        .and("co_rating_common_dimensions", coRating.commonDimensions())
                        .and("co_rating_change", coRating.change()));
    }

    /**
     * The co-rated scale of an assessment version as {@code assessment-completed} carries it.
     *
     * @param dimensions       codes of the dimensions rated; none when not co-rated or not known (older events)
     * @param comparedWith     the case's first co-rated version, when this is a later one
     * @param commonDimensions dimensions rated in both
     * @param change           change of (customer + FM) over them
     */
    public record CoRating(
            Integer customerSum,
            Integer caseManagerSum,
            List<String> dimensions,
            Integer comparedWith,
            Integer commonDimensions,
            Integer change) {}

    public void referralSent(UUID referralId, UUID caseId, String service, String jobcenterId, UUID partnerId) {
        sql.update(
                """
                insert into report_referral (referral_id, case_id, service, jobcenter_id, partner_id)
                values (:referral_id, :case_id, :service, :jobcenter_id, :partner_id)
                on conflict (referral_id) do update set service = excluded.service, partner_id = excluded.partner_id""",
                Params.of("referral_id", referralId)
                        .and("case_id", caseId)
                        .and("service", service)
                        .and("jobcenter_id", jobcenterId)
                        .and("partner_id", partnerId));
    }

    /** The newest status wins, whatever the order; completion keeps its day. */
    public void referralStatus(UUID referralId, UUID caseId, String status, Instant at, String jobcenterId) {
        sql.update(
                """
                insert into report_referral (referral_id, case_id, status, status_at, completed_on, jobcenter_id)
                values (:referral_id, :case_id, :status, :status_at,
                        case when :status = 'COMPLETED' then (:status_at::timestamptz at time zone 'Europe/Berlin')::date end,
                        :jobcenter_id)
                on conflict (referral_id) do update set status = excluded.status, status_at = excluded.status_at,
                    completed_on = coalesce(excluded.completed_on, report_referral.completed_on)
                where report_referral.status_at is null or report_referral.status_at < excluded.status_at""",
                Params.of("referral_id", referralId)
                        .and("case_id", caseId)
                        .and("status", status)
                        .and("status_at", at)
                        .and("jobcenter_id", jobcenterId));
    }

    /** A non-referral's latest state: open with its re-check due day, or resolved. */
    public void nonReferral(
            UUID id, String jobcenterId, String teamId, String status, LocalDate recheckDueOn, Instant at) {
        sql.upsert(
                NON_REFERRAL,
                Params.of("non_referral_id", id)
                        .and("jobcenter_id", jobcenterId)
                        .and("team_id", teamId)
                        .and("status", status)
                        .and("recheck_due_on", recheckDueOn)
                        .and("recorded_at", at));
    }

    /** A need's newest status; resolved_on is the day it was resolved while that is its latest status. */
    public void needStatus(UUID needId, UUID caseId, String jobcenterId, String keyGroup, String status, Instant at) {
        sql.update(
                """
                insert into report_need (need_id, case_id, jobcenter_id, key_group, status, changed_at, resolved_on)
                values (:need_id, :case_id, :jobcenter_id, :key_group, :status, :changed_at,
                        case when :status = 'RESOLVED' then (:changed_at::timestamptz at time zone 'Europe/Berlin')::date end)
                on conflict (need_id) do update set key_group = excluded.key_group, status = excluded.status,
                    changed_at = excluded.changed_at, resolved_on = excluded.resolved_on
                where report_need.changed_at < excluded.changed_at""",
                Params.of("need_id", needId)
                        .and("case_id", caseId)
                        .and("jobcenter_id", jobcenterId)
                        .and("key_group", keyGroup)
                        .and("status", status)
                        .and("changed_at", at));
    }

    public void categoryChanged(UUID caseId, String jobcenterId, String direction, String toCode, Instant at) {
        sql.update(
                """
                insert into report_category_change (case_id, changed_at, jobcenter_id, changed_on, direction, to_code)
                values (:case_id, :changed_at, :jobcenter_id, (:changed_at::timestamptz at time zone 'Europe/Berlin')::date,
                        :direction, :to_code)
                on conflict (case_id, changed_at) do nothing""",
                Params.of("case_id", caseId)
                        .and("changed_at", at)
                        .and("jobcenter_id", jobcenterId)
                        .and("direction", direction)
                        .and("to_code", toCode));
    }

    /** A consent given: its own columns, so an end that arrived first is kept. */
    public void consentGranted(
            UUID consentId, UUID caseId, String jobcenterId, UUID partnerId, String purpose, Instant at) {
        sql.update(
                """
                insert into report_consent (consent_id, case_id, jobcenter_id, partner_id, purpose, granted_on)
                values (:consent_id, :case_id, :jobcenter_id, :partner_id, :purpose,
                        (:granted_at::timestamptz at time zone 'Europe/Berlin')::date)
                on conflict (consent_id) do update set partner_id = excluded.partner_id, purpose = excluded.purpose,
                    granted_on = excluded.granted_on""",
                Params.of("consent_id", consentId)
                        .and("case_id", caseId)
                        .and("jobcenter_id", jobcenterId)
                        .and("partner_id", partnerId)
                        .and("purpose", purpose)
                        .and("granted_at", at));
    }

    /** A consent ended (revoked, expired, …): the first end is the one that counts. */
    public void consentEnded(UUID consentId, UUID caseId, String jobcenterId, UUID partnerId, String kind, Instant at) {
        sql.update(
                """
                insert into report_consent (consent_id, case_id, jobcenter_id, partner_id, ended_on, end_kind)
                values (:consent_id, :case_id, :jobcenter_id, :partner_id,
                        (:ended_at::timestamptz at time zone 'Europe/Berlin')::date, :end_kind)
                on conflict (consent_id) do update set ended_on = excluded.ended_on, end_kind = excluded.end_kind
                where report_consent.ended_on is null or report_consent.ended_on > excluded.ended_on""",
                Params.of("consent_id", consentId)
                        .and("case_id", caseId)
                        .and("jobcenter_id", jobcenterId)
                        .and("partner_id", partnerId)
                        .and("ended_at", at)
                        .and("end_kind", kind));
    }

    public void partnerRegistered(UUID partnerId, String jobcenterId, String partnerType, Instant at) {
        sql.upsert(
                PARTNER,
                Params.of("partner_id", partnerId)
                        .and("jobcenter_id", jobcenterId)
                        .and("partner_type", partnerType)
                        .and("registered_at", at));
    }

    /** The tables whose rows carry their case's current team (outcome figures per team). */
    private static final java.util.List<String> TEAM_ATTRIBUTED = java.util.List.of(
            "report_assessment",
            "report_measure",
            "report_referral",
            "report_need",
            "report_category_change",
            "report_consent",
            "report_consultation",
            "report_sustainability_check");

    /**
     * Gives every fact of the cases their case's current team; runs after each fact and after each change
     * of the case's team (within a batch once, for all its cases, at its end), under the cases' locks, so a fact
     * never keeps a team the case left.
     */
    public void attributeToTeam(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return;
        }
        UUID[] ids = caseIds.toArray(UUID[]::new);
        for (String table : TEAM_ATTRIBUTED) {
            sql.update(
                    "update " + table + " f set team_id = c.team_id from caseload_case c "
                            + "where c.case_id = any(:caseIds::uuid[]) and f.case_id = c.case_id "
                            + "and f.team_id is distinct from c.team_id",
                    Params.of("caseIds", ids));
        }
    }
}
