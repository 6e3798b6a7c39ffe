package de.lotse.reporting.casefacts.infrastructure;

import de.lotse.platform.jdbc.Sql;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Upserts of the facts other topics add to a case's row. The row may not exist yet (case-opened not
 * consumed yet): then the fact creates it. Each group keeps the newest fact by its own time.
 */
@Singleton
public class CaseFactsStore {
    private final JdbcOperations jdbc;
    /** Named parameters for new statements; the older ones move over with issue 17 (docs/architecture.md "SQL"). */
    private final Statements sql;

    CaseFactsStore(JdbcOperations jdbc, Statements sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /**
     * Responsibility (assignment, reassignment, transfer): team and FM of the newest. The age group is
     * not part of it ({@link #ageGroup}): an assignment carries none, so a newer assignment must not
     * make an older transfer's age group look stale.
     */
    public void responsibility(UUID caseId, String jobcenterId, String teamId, String caseManagerId, Instant at) {
        Sql.update(jdbc, """
                insert into caseload_case (case_id, jobcenter_id, team_id, case_manager_id, responsibility_at)
                values (?, ?, ?, ?, ?)
                on conflict (case_id) do update set team_id = excluded.team_id,
                    case_manager_id = excluded.case_manager_id,
                    responsibility_at = excluded.responsibility_at
                where caseload_case.responsibility_at is null or caseload_case.responsibility_at < excluded.responsibility_at""",
                statement -> {
                    statement.setObject(1, caseId);
                    statement.setString(2, jobcenterId);
                    statement.setString(3, teamId);
                    statement.setString(4, caseManagerId);
                    statement.setTimestamp(5, Timestamp.from(at));
                });
    }

    /**
     * The age group as of a fact that carries it (referral, transfer; the opening in
     * {@code CaseloadStore}): the newest fact's wins, by its own time, whatever else arrived since.
     */
    public void ageGroup(UUID caseId, String jobcenterId, String ageGroup, Instant at) {
        Sql.update(jdbc, """
                insert into caseload_case (case_id, jobcenter_id, age_group, age_group_at) values (?, ?, ?, ?)
                on conflict (case_id) do update set age_group = excluded.age_group, age_group_at = excluded.age_group_at
                where caseload_case.age_group_at is null or caseload_case.age_group_at < excluded.age_group_at""",
                statement -> {
                    statement.setObject(1, caseId);
                    statement.setString(2, jobcenterId);
                    statement.setString(3, ageGroup);
                    statement.setTimestamp(4, Timestamp.from(at));
                });
    }

    /**
     * A referral (Vormerkung): the team it went to and by when an FM must take it. Only facts the
     * opening does not carry, so case-opened (arriving earlier or later) keeps its own columns.
     */
    public void referred(UUID caseId, String jobcenterId, String teamId, Instant referredAt,
                         LocalDate secondaryAssignmentDueOn) {
        Sql.update(jdbc, """
                insert into caseload_case (case_id, jobcenter_id, team_id, referred_at, secondary_assignment_due_on)
                values (?, ?, ?, ?, ?)
                on conflict (case_id) do update set referred_at = excluded.referred_at,
                    secondary_assignment_due_on = excluded.secondary_assignment_due_on,
                    team_id = coalesce(caseload_case.team_id, excluded.team_id)
                where caseload_case.referred_at is null or caseload_case.referred_at < excluded.referred_at""",
                statement -> {
                    statement.setObject(1, caseId);
                    statement.setString(2, jobcenterId);
                    statement.setString(3, teamId);
                    statement.setTimestamp(4, Timestamp.from(referredAt));
                    statement.setObject(5, secondaryAssignmentDueOn);
                });
    }

    /** A final no to a referral (by the FM, or by the team lead after an escalation): it waits no longer. */
    public void referralDeclined(UUID caseId, String jobcenterId, Instant decidedAt) {
        Sql.update(jdbc, """
                insert into caseload_case (case_id, jobcenter_id, referral_declined_at) values (?, ?, ?)
                on conflict (case_id) do update set referral_declined_at = excluded.referral_declined_at
                where caseload_case.referral_declined_at is null
                   or caseload_case.referral_declined_at < excluded.referral_declined_at""", statement -> {
            statement.setObject(1, caseId);
            statement.setString(2, jobcenterId);
            statement.setTimestamp(3, Timestamp.from(decidedAt));
        });
    }

    /** Deadlines from an assignment: the first consultation's due day and the day it took place. */
    public void firstConsultation(UUID caseId, String jobcenterId, LocalDate dueOn, LocalDate heldOn) {
        Sql.update(jdbc, """
                insert into caseload_case (case_id, jobcenter_id, first_consultation_due_on, first_consultation_held_on)
                values (?, ?, ?, ?)
                on conflict (case_id) do update set
                    first_consultation_due_on = coalesce(excluded.first_consultation_due_on,
                                                         caseload_case.first_consultation_due_on),
                    first_consultation_held_on = coalesce(caseload_case.first_consultation_held_on,
                                                          excluded.first_consultation_held_on)""", statement -> {
            statement.setObject(1, caseId);
            statement.setString(2, jobcenterId);
            statement.setObject(3, dueOn);
            statement.setObject(4, heldOn);
        });
    }

    public void closed(UUID caseId, String jobcenterId, LocalDate closedOn, Instant closedAt, String reason,
                       boolean integration, long durationDays) {
        Sql.update(jdbc, """
                insert into caseload_case (case_id, jobcenter_id, closed_on, closed_at, closure_reason, integration,
                                           duration_days)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id) do update set closed_on = excluded.closed_on, closed_at = excluded.closed_at,
                    closure_reason = excluded.closure_reason, integration = excluded.integration,
                    duration_days = excluded.duration_days
                where caseload_case.closed_at is null or caseload_case.closed_at < excluded.closed_at""", statement -> {
            statement.setObject(1, caseId);
            statement.setString(2, jobcenterId);
            statement.setObject(3, closedOn);
            statement.setTimestamp(4, Timestamp.from(closedAt));
            statement.setString(5, reason);
            statement.setBoolean(6, integration);
            statement.setLong(7, durationDays);
        });
    }

    public void agreement(UUID caseId, String jobcenterId, LocalDate validUntil, LocalDate reviewOn, Instant at) {
        Sql.update(jdbc, """
                insert into caseload_case (case_id, jobcenter_id, agreement_valid_until, agreement_at, agreement_review_on)
                values (?, ?, ?, ?, ?)
                on conflict (case_id) do update set agreement_valid_until = excluded.agreement_valid_until,
                    agreement_at = excluded.agreement_at, agreement_review_on = excluded.agreement_review_on
                where caseload_case.agreement_at is null or caseload_case.agreement_at < excluded.agreement_at""",
                statement -> {
                    statement.setObject(1, caseId);
                    statement.setString(2, jobcenterId);
                    statement.setObject(3, validUntil);
                    statement.setTimestamp(4, Timestamp.from(at));
                    statement.setObject(5, reviewOn);
                });
    }

    /** A review: the next due day from the newest review; an approved extension's end is kept at its latest. */
    public void review(UUID caseId, String jobcenterId, LocalDate nextReviewDueOn, LocalDate extensionUntil, Instant at) {
        Sql.update(jdbc, """
                insert into caseload_case (case_id, jobcenter_id, next_review_due_on, review_at, extension_until)
                values (?, ?, ?, ?, ?)
                on conflict (case_id) do update set
                    next_review_due_on = case when caseload_case.review_at is null or caseload_case.review_at < excluded.review_at
                                              then excluded.next_review_due_on else caseload_case.next_review_due_on end,
                    review_at = greatest(caseload_case.review_at, excluded.review_at),
                    extension_until = greatest(caseload_case.extension_until, excluded.extension_until)""", statement -> {
            statement.setObject(1, caseId);
            statement.setString(2, jobcenterId);
            statement.setObject(3, nextReviewDueOn);
            statement.setTimestamp(4, Timestamp.from(at));
            statement.setObject(5, extensionUntil);
        });
    }

    public void assessment(UUID caseId, String jobcenterId, int version, String categoryCode) {
        Sql.update(jdbc, """
                insert into caseload_case (case_id, jobcenter_id, assessment_version, category_code) values (?, ?, ?, ?)
                on conflict (case_id) do update set assessment_version = excluded.assessment_version,
                    category_code = excluded.category_code
                where caseload_case.assessment_version is null or caseload_case.assessment_version < excluded.assessment_version""",
                statement -> {
                    statement.setObject(1, caseId);
                    statement.setString(2, jobcenterId);
                    statement.setInt(3, version);
                    statement.setString(4, categoryCode);
                });
    }

    public void contact(UUID contactId, UUID caseId, LocalDate occurredOn, boolean counts) {
        Sql.update(jdbc, "insert into report_contact (contact_id, case_id, occurred_on, counts) values (?, ?, ?, ?) "
                + "on conflict (contact_id) do nothing", statement -> {
            statement.setObject(1, contactId);
            statement.setObject(2, caseId);
            statement.setObject(3, occurredOn);
            statement.setBoolean(4, counts);
        });
    }

    /** A collegial case consultation (docs/domain.md §17): the first delivery counts, a redelivery changes nothing. */
    public void consultation(UUID consultationId, UUID caseId, String jobcenterId, LocalDate heldOn,
                             int participantCount) {
        sql.update("""
                insert into report_consultation (consultation_id, case_id, jobcenter_id, held_on, participant_count)
                values (:consultationId, :caseId, :jobcenterId, :heldOn, :participantCount)
                on conflict (consultation_id) do nothing""",
                Params.of("consultationId", consultationId).and("caseId", caseId).and("jobcenterId", jobcenterId)
                        .and("heldOn", heldOn).and("participantCount", participantCount));
    }

    /**
     * A sustainability check after a closure into work (docs/domain.md §16.2): the first delivery counts, a
     * redelivery changes nothing.
     */
    public void sustainabilityCheck(UUID checkId, UUID caseId, String jobcenterId, int checkpointMonths,
                                    LocalDate checkedOn, boolean sustained) {
        sql.update("""
                insert into report_sustainability_check (check_id, case_id, jobcenter_id, checkpoint_months,
                                                         checked_on, sustained)
                values (:checkId, :caseId, :jobcenterId, :checkpointMonths, :checkedOn, :sustained)
                on conflict (check_id) do nothing""",
                Params.of("checkId", checkId).and("caseId", caseId).and("jobcenterId", jobcenterId)
                        .and("checkpointMonths", checkpointMonths).and("checkedOn", checkedOn).and("sustained", sustained));
    }

    public void measureStarted(UUID measureId, UUID caseId, String instrument, LocalDate startedOn, LocalDate plannedEndOn,
                               String jobcenterId) {
        Sql.update(jdbc, """
                insert into report_measure (measure_id, case_id, instrument, started_on, planned_end_on, jobcenter_id)
                values (?, ?, ?, ?, ?, ?)
                on conflict (measure_id) do update set started_on = excluded.started_on,
                    planned_end_on = excluded.planned_end_on""", statement -> {
            statement.setObject(1, measureId);
            statement.setObject(2, caseId);
            statement.setString(3, instrument);
            statement.setObject(4, startedOn);
            statement.setObject(5, plannedEndOn);
            statement.setString(6, jobcenterId);
        });
    }

    public void measureEnded(UUID measureId, UUID caseId, String instrument, LocalDate endedOn, boolean successful,
                             String jobcenterId) {
        Sql.update(jdbc, """
                insert into report_measure (measure_id, case_id, instrument, ended_on, successful, jobcenter_id)
                values (?, ?, ?, ?, ?, ?)
                on conflict (measure_id) do update set ended_on = excluded.ended_on, successful = excluded.successful""",
                statement -> {
                    statement.setObject(1, measureId);
                    statement.setObject(2, caseId);
                    statement.setString(3, instrument);
                    statement.setObject(4, endedOn);
                    statement.setBoolean(5, successful);
                    statement.setString(6, jobcenterId);
                });
    }

    /**
     * One assessment version's outcome facts.
     *
     * @param coRating the co-rated scale: the sums, the dimensions rated and the comparison with the case's
     *                 first co-rated version; none of it when the version has no co-rating
     */
    public void assessmentOutcome(UUID assessmentId, UUID caseId, int version, LocalDate completedOn, int needsResolved,
                                  String direction, CoRating coRating, String jobcenterId) {
        Sql.update(jdbc, """
                insert into report_assessment (assessment_id, case_id, version, completed_on, needs_resolved, direction,
                                               co_rating_customer, co_rating_case_manager, jobcenter_id,
                                               co_rated_dimensions, co_rating_compared_with, co_rating_common_dimensions,
                                               co_rating_change)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (assessment_id) do nothing""", statement -> {
            statement.setObject(1, assessmentId);
            statement.setObject(2, caseId);
            statement.setInt(3, version);
            statement.setObject(4, completedOn);
            statement.setInt(5, needsResolved);
            statement.setString(6, direction);
            statement.setObject(7, coRating.customerSum());
            statement.setObject(8, coRating.caseManagerSum());
            statement.setString(9, jobcenterId);
            statement.setArray(10, coRating.dimensions() == null ? null
                    : statement.getConnection().createArrayOf("varchar", coRating.dimensions().toArray()));
            statement.setObject(11, coRating.comparedWith());
            statement.setObject(12, coRating.commonDimensions());
            statement.setObject(13, coRating.change());
        });
    }

    /**
     * The co-rated scale of an assessment version as {@code assessment-completed} carries it.
     *
     * @param dimensions       codes of the dimensions rated; none when not co-rated or not known (older events)
     * @param comparedWith     the case's first co-rated version, when this is a later one
     * @param commonDimensions dimensions rated in both
     * @param change           change of (customer + FM) over them
     */
    public record CoRating(Integer customerSum, Integer caseManagerSum, List<String> dimensions, Integer comparedWith,
                           Integer commonDimensions, Integer change) {
    }

    public void referralSent(UUID referralId, UUID caseId, String service, String jobcenterId, UUID partnerId) {
        Sql.update(jdbc, """
                insert into report_referral (referral_id, case_id, service, jobcenter_id, partner_id) values (?, ?, ?, ?, ?)
                on conflict (referral_id) do update set service = excluded.service, partner_id = excluded.partner_id""",
                statement -> {
            statement.setObject(5, partnerId);
            statement.setObject(1, referralId);
            statement.setObject(2, caseId);
            statement.setString(3, service);
            statement.setString(4, jobcenterId);
        });
    }

    /** The newest status wins, whatever the order; completion keeps its day. */
    public void referralStatus(UUID referralId, UUID caseId, String status, Instant at, String jobcenterId) {
        Sql.update(jdbc, """
                insert into report_referral (referral_id, case_id, status, status_at, completed_on, jobcenter_id)
                values (?, ?, ?, ?, case when ? = 'COMPLETED' then (?::timestamptz at time zone 'Europe/Berlin')::date end, ?)
                on conflict (referral_id) do update set status = excluded.status, status_at = excluded.status_at,
                    completed_on = coalesce(excluded.completed_on, report_referral.completed_on)
                where report_referral.status_at is null or report_referral.status_at < excluded.status_at""", statement -> {
            statement.setObject(1, referralId);
            statement.setObject(2, caseId);
            statement.setString(3, status);
            statement.setTimestamp(4, Timestamp.from(at));
            statement.setString(5, status);
            statement.setTimestamp(6, Timestamp.from(at));
            statement.setString(7, jobcenterId);
        });
    }

    /** A non-referral's latest state: open with its re-check due day, or resolved. */
    public void nonReferral(UUID id, String jobcenterId, String teamId, String status, LocalDate recheckDueOn, Instant at) {
        Sql.update(jdbc, """
                insert into report_non_referral (non_referral_id, jobcenter_id, team_id, status, recheck_due_on, recorded_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (non_referral_id) do update set team_id = excluded.team_id, status = excluded.status,
                    recheck_due_on = excluded.recheck_due_on, recorded_at = excluded.recorded_at
                where report_non_referral.recorded_at < excluded.recorded_at""", statement -> {
            statement.setObject(1, id);
            statement.setString(2, jobcenterId);
            statement.setString(3, teamId);
            statement.setString(4, status);
            statement.setObject(5, recheckDueOn);
            statement.setTimestamp(6, Timestamp.from(at));
        });
    }

    /** A need's newest status; resolved_on is the day it was resolved while that is its latest status. */
    public void needStatus(UUID needId, UUID caseId, String jobcenterId, String keyGroup, String status, Instant at) {
        Sql.update(jdbc, """
                insert into report_need (need_id, case_id, jobcenter_id, key_group, status, changed_at, resolved_on)
                values (?, ?, ?, ?, ?, ?, case when ? = 'RESOLVED' then (?::timestamptz at time zone 'Europe/Berlin')::date end)
                on conflict (need_id) do update set key_group = excluded.key_group, status = excluded.status,
                    changed_at = excluded.changed_at, resolved_on = excluded.resolved_on
                where report_need.changed_at < excluded.changed_at""", statement -> {
            statement.setObject(1, needId);
            statement.setObject(2, caseId);
            statement.setString(3, jobcenterId);
            statement.setString(4, keyGroup);
            statement.setString(5, status);
            statement.setTimestamp(6, Timestamp.from(at));
            statement.setString(7, status);
            statement.setTimestamp(8, Timestamp.from(at));
        });
    }

    public void categoryChanged(UUID caseId, String jobcenterId, String direction, String toCode, Instant at) {
        Sql.update(jdbc, """
                insert into report_category_change (case_id, changed_at, jobcenter_id, changed_on, direction, to_code)
                values (?, ?, ?, (?::timestamptz at time zone 'Europe/Berlin')::date, ?, ?)
                on conflict (case_id, changed_at) do nothing""", statement -> {
            statement.setObject(1, caseId);
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setString(3, jobcenterId);
            statement.setTimestamp(4, Timestamp.from(at));
            statement.setString(5, direction);
            statement.setString(6, toCode);
        });
    }

    /** A consent given: its own columns, so an end that arrived first is kept. */
    public void consentGranted(UUID consentId, UUID caseId, String jobcenterId, UUID partnerId, String purpose,
                               Instant at) {
        Sql.update(jdbc, """
                insert into report_consent (consent_id, case_id, jobcenter_id, partner_id, purpose, granted_on)
                values (?, ?, ?, ?, ?, (?::timestamptz at time zone 'Europe/Berlin')::date)
                on conflict (consent_id) do update set partner_id = excluded.partner_id, purpose = excluded.purpose,
                    granted_on = excluded.granted_on""", statement -> {
            statement.setObject(1, consentId);
            statement.setObject(2, caseId);
            statement.setString(3, jobcenterId);
            statement.setObject(4, partnerId);
            statement.setString(5, purpose);
            statement.setTimestamp(6, Timestamp.from(at));
        });
    }

    /** A consent ended (revoked, expired, …): the first end is the one that counts. */
    public void consentEnded(UUID consentId, UUID caseId, String jobcenterId, UUID partnerId, String kind, Instant at) {
        Sql.update(jdbc, """
                insert into report_consent (consent_id, case_id, jobcenter_id, partner_id, ended_on, end_kind)
                values (?, ?, ?, ?, (?::timestamptz at time zone 'Europe/Berlin')::date, ?)
                on conflict (consent_id) do update set ended_on = excluded.ended_on, end_kind = excluded.end_kind
                where report_consent.ended_on is null or report_consent.ended_on > excluded.ended_on""", statement -> {
            statement.setObject(1, consentId);
            statement.setObject(2, caseId);
            statement.setString(3, jobcenterId);
            statement.setObject(4, partnerId);
            statement.setTimestamp(5, Timestamp.from(at));
            statement.setString(6, kind);
        });
    }

    public void partnerRegistered(UUID partnerId, String jobcenterId, String partnerType, Instant at) {
        Sql.update(jdbc, """
                insert into report_partner (partner_id, jobcenter_id, partner_type, registered_at) values (?, ?, ?, ?)
                on conflict (partner_id) do update set partner_type = excluded.partner_type,
                    registered_at = excluded.registered_at
                where report_partner.registered_at < excluded.registered_at""", statement -> {
            statement.setObject(1, partnerId);
            statement.setString(2, jobcenterId);
            statement.setString(3, partnerType);
            statement.setTimestamp(4, Timestamp.from(at));
        });
    }

    /** The tables whose rows carry their case's current team (outcome figures per team). */
    private static final java.util.List<String> TEAM_ATTRIBUTED = java.util.List.of("report_assessment",
            "report_measure", "report_referral", "report_need", "report_category_change", "report_consent",
            "report_consultation", "report_sustainability_check");

    /**
     * Gives every fact of the case its case's current team; runs after each fact and after each change
     * of the case's team, under the case's lock, so a fact never keeps a team the case left.
     */
    public void attributeToTeam(UUID caseId) {
        for (String table : TEAM_ATTRIBUTED) {
            Sql.update(jdbc, "update " + table + " f set team_id = c.team_id from caseload_case c "
                    + "where c.case_id = ? and f.case_id = c.case_id and f.team_id is distinct from c.team_id",
                    statement -> statement.setObject(1, caseId));
        }
    }
}
