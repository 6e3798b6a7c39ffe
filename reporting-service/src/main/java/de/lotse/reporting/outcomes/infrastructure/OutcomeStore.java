package de.lotse.reporting.outcomes.infrastructure;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.reporting.disclosure.domain.Protection;
import de.lotse.reporting.outcomes.domain.Metric;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Monthly aggregates for one Jobcenter (optionally one team), each with the number of distinct
 * customers behind it so small groups can be suppressed. Each metric is one grouped query over the
 * Jobcenter's rows (indexes on admission and closure day), never a scan of all Jobcenters.
 */
@Singleton
public class OutcomeStore {
    /**
     * A value and the number of distinct customers behind it (what suppression goes by).
     *
     * @param total the Jobcenter's figure over all teams (teamId none), not one team's
     */
    public record Aggregate(
            Metric metric, String month, String teamId, String key, long value, long cases, boolean total) {
        /** Over all keys of the metric (its key is none). */
        public boolean allKeys() {
            return key == null;
        }
    }

    /** Metrics with one key only ("-"): a sum over their keys would repeat the figure. */
    public static boolean keyed(Metric metric) {
        return !java.util.EnumSet.of(
                        Metric.NEEDS_RESOLVED,
                        Metric.CATEGORY_UPGRADES,
                        Metric.CO_RATING_RATED,
                        Metric.CO_RATING_IMPROVED,
                        Metric.CO_RATING_CHANGE,
                        Metric.CONSULTATIONS,
                        Metric.SUSTAINABILITY_CHECKS_6,
                        Metric.SUSTAINED_INTEGRATIONS_6,
                        Metric.SUSTAINABILITY_CHECKS_12,
                        Metric.SUSTAINED_INTEGRATIONS_12)
                .contains(metric);
    }

    private static final String SIXTEEN_A =
            "('CHILDCARE_OR_HOME_CARE', 'DEBT_COUNSELLING', 'PSYCHOSOCIAL_COUNSELLING', " + "'ADDICTION_COUNSELLING')";
    // Every query reads one Jobcenter's facts of the period through a (Jobcenter, day) index; facts carry
    // their case's current team, so none is joined to its case (V10).
    private static final Map<Metric, String> QUERIES = Map.ofEntries(
            Map.entry(Metric.ADMISSIONS, """
                    select to_char(f.admitted_on, 'YYYY-MM'), f.team_id, coalesce(f.route, '-'), count(*), count(*),
                           grouping(f.team_id)
                    from caseload_case f where f.jobcenter_id = :jobcenterId and f.opened_at is not null
                      and f.admitted_on between :from and :to %s"""),
            Map.entry(Metric.CLOSURES, """
                    select to_char(f.closed_on, 'YYYY-MM'), f.team_id, coalesce(f.closure_reason, '-'), count(*), count(*),
                           grouping(f.team_id)
                    from caseload_case f where f.jobcenter_id = :jobcenterId and f.closed_at is not null
                      and f.closed_on between :from and :to %s"""),
            Map.entry(Metric.INTEGRATIONS, """
                    select to_char(f.closed_on, 'YYYY-MM'), f.team_id, coalesce(f.closure_reason, '-'), count(*), count(*),
                           grouping(f.team_id)
                    from caseload_case f where f.jobcenter_id = :jobcenterId and f.closed_at is not null and f.integration
                      and f.closed_on between :from and :to %s"""),
            Map.entry(Metric.DURATION, """
                    select to_char(f.closed_on, 'YYYY-MM'), f.team_id,
                           case when f.duration_days < 183 then '0-6' when f.duration_days < 365 then '6-12'
                                when f.duration_days < 730 then '12-24' when f.duration_days < 1096 then '24-36'
                                else '36+' end, count(*), count(*), grouping(f.team_id)
                    from caseload_case f where f.jobcenter_id = :jobcenterId and f.closed_at is not null
                      and f.closed_on between :from and :to %s"""),
            Map.entry(Metric.NEEDS_RESOLVED, """
                    select to_char(f.completed_on, 'YYYY-MM'), f.team_id, '-', sum(f.needs_resolved),
                           count(distinct f.case_id) filter (where f.needs_resolved > 0), grouping(f.team_id)
                    from report_assessment f
                    where f.jobcenter_id = :jobcenterId and f.completed_on between :from and :to %s"""),
            Map.entry(Metric.CATEGORY_UPGRADES, """
                    select to_char(f.completed_on, 'YYYY-MM'), f.team_id, '-', count(*), count(distinct f.case_id),
                           grouping(f.team_id)
                    from report_assessment f
                    where f.jobcenter_id = :jobcenterId and f.direction = 'UP' and f.completed_on between :from and :to
                      %s"""),
            Map.entry(Metric.MEASURES_SUCCESSFUL, """
                    select to_char(f.ended_on, 'YYYY-MM'), f.team_id, coalesce(f.instrument, '-'), count(*), count(distinct f.case_id),
                           grouping(f.team_id)
                    from report_measure f
                    where f.jobcenter_id = :jobcenterId and f.successful and f.ended_on between :from and :to %s"""),
            Map.entry(Metric.REFERRALS_16A_COMPLETED, """
                    select to_char(f.completed_on, 'YYYY-MM'), f.team_id, coalesce(f.service, '-'), count(*), count(distinct f.case_id),
                           grouping(f.team_id)
                    from report_referral f
                    where f.jobcenter_id = :jobcenterId and f.status = 'COMPLETED' and f.service in """ + SIXTEEN_A + """
                      and f.completed_on between :from and :to %s"""),
            Map.entry(Metric.NEEDS_RESOLVED_BY_KEY_GROUP, """
                    select to_char(f.resolved_on, 'YYYY-MM'), f.team_id, coalesce(f.key_group, '-'), count(*), count(distinct f.case_id),
                           grouping(f.team_id)
                    from report_need f
                    where f.jobcenter_id = :jobcenterId and f.resolved_on between :from and :to %s"""),
            Map.entry(Metric.CATEGORY_MOVES, """
                    select to_char(f.changed_on, 'YYYY-MM'), f.team_id, coalesce(f.direction, '-'), count(*),
                           count(distinct f.case_id), grouping(f.team_id)
                    from report_category_change f
                    where f.jobcenter_id = :jobcenterId and f.changed_on between :from and :to %s"""),
            Map.entry(Metric.CONSENTS_GRANTED, """
                    select to_char(f.granted_on, 'YYYY-MM'), f.team_id, coalesce(f.purpose, '-'), count(*),
                           count(distinct f.case_id), grouping(f.team_id)
                    from report_consent f
                    where f.jobcenter_id = :jobcenterId and f.granted_on between :from and :to %s"""),
            Map.entry(Metric.CONSENTS_ENDED, """
                    select to_char(f.ended_on, 'YYYY-MM'), f.team_id, coalesce(f.end_kind, '-'), count(*),
                           count(distinct f.case_id), grouping(f.team_id)
                    from report_consent f
                    where f.jobcenter_id = :jobcenterId and f.ended_on between :from and :to %s"""),
            Map.entry(Metric.REFERRALS_COMPLETED_BY_PARTNER_TYPE, """
                    select to_char(f.completed_on, 'YYYY-MM'), f.team_id, coalesce(p.partner_type, '-'), count(*),
                           count(distinct f.case_id), grouping(f.team_id)
                    from report_referral f left join report_partner p on p.partner_id = f.partner_id
                    where f.jobcenter_id = :jobcenterId and f.status = 'COMPLETED'
                      and f.completed_on between :from and :to %s"""),
            Map.entry(Metric.CONSULTATIONS, """
                    select to_char(f.held_on, 'YYYY-MM'), f.team_id, '-', count(*), count(distinct f.case_id),
                           grouping(f.team_id)
                    from report_consultation f
                    where f.jobcenter_id = :jobcenterId and f.held_on between :from and :to %s"""));

    /**
     * Co-rated progress (docs/domain.md §10, DV2017 9): per month, the customers re-rated in it — their
     * latest co-rating of the month against their first one ever, on the dimensions both rate —, how many of
     * them improved, and the sum of the changes (customer + FM). assessment-service makes the comparison when
     * it publishes a version (it holds every version); a version that shares no dimension with the first, or
     * whose event predates the comparison (dimensions unknown), is not counted. One row per (month, team),
     * read by the Jobcenter's (Jobcenter, day) index.
     */
    private static final String CO_RATING = """
            with latest as (
                select distinct on (f.case_id, date_trunc('month', f.completed_on)) f.team_id, f.completed_on,
                       f.co_rating_common_dimensions, f.co_rating_change
                from report_assessment f
                where f.jobcenter_id = :jobcenterId and f.completed_on between :from and :to
                  and f.co_rating_customer is not null and f.co_rating_case_manager is not null %s
                order by f.case_id, date_trunc('month', f.completed_on), f.version desc)
            select to_char(f.completed_on, 'YYYY-MM'), f.team_id, count(*), count(*) filter (where f.co_rating_change > 0),
                   sum(f.co_rating_change), grouping(f.team_id)
            from latest f
            where f.co_rating_common_dimensions > 0""";

    /**
     * Sustainability checks (docs/domain.md §16.2, TAH 6): per month of the check and point in time (6, 12 months),
     * the checks made and the sustained integrations among them (lasted, at least 15 hours a week). One check per
     * case and point in time, so the checks are the customers behind both figures. Read by the Jobcenter's
     * (Jobcenter, day) index.
     */
    private static final String SUSTAINABILITY = """
            select to_char(f.checked_on, 'YYYY-MM'), f.team_id, f.checkpoint_months, count(*),
                   count(*) filter (where f.sustained), grouping(f.team_id)
            from report_sustainability_check f
            where f.jobcenter_id = :jobcenterId and f.checked_on between :from and :to %s""";

    private final Statements sql;

    OutcomeStore(Statements sql) {
        this.sql = sql;
    }

    /**
     * The Jobcenter's (or one team's) aggregates of the period. Without a team, each metric also comes
     * as the Jobcenter's total per month and key, counted over its customers in the same query
     * (a grouping set) — not the sum of the team cells, some of which are suppressed. Metrics with keys
     * also come summed over their keys (key none), per team and for the Jobcenter, counted the same way,
     * so no screen has to add up cells of which some may be withheld.
     */
    @ReadOnly
    public List<Aggregate> aggregates(String jobcenterId, String teamId, LocalDate from, LocalDate to) {
        List<Aggregate> rows = new ArrayList<>();
        String teamFilter = teamId == null ? "" : "and f.team_id = :teamId";
        Params params = Params.of("jobcenterId", jobcenterId)
                .and("from", from)
                .and("to", to)
                .and("teamId", teamId);
        for (Metric metric : QUERIES.keySet()) {
            String sets = keyed(metric)
                    ? teamId == null ? "((1, 2, 3), (1, 3), (1, 2), (1))" : "((1, 2, 3), (1, 2))"
                    : teamId == null ? "((1, 2, 3), (1, 3))" : "((1, 2, 3))";
            String query = QUERIES.get(metric).formatted(teamFilter) + " group by grouping sets " + sets;
            rows.addAll(sql.query(
                    query,
                    params,
                    rs -> new Aggregate(
                            metric,
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getLong(5),
                            rs.getInt(6) == 1)));
        }
        String coRating = CO_RATING.formatted(teamFilter)
                + (teamId == null ? " group by grouping sets ((1, 2), (1))" : " group by 1, 2");
        for (CoRating r : sql.query(
                coRating,
                params,
                rs -> new CoRating(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getInt(6) == 1))) {
            rows.add(
                    new Aggregate(Metric.CO_RATING_RATED, r.month(), r.teamId(), "-", r.rated(), r.rated(), r.total()));
            // "0 improved" of fewer than 5 re-rated customers would tell about each of them: the group decides
            rows.add(new Aggregate(
                    Metric.CO_RATING_IMPROVED,
                    r.month(),
                    r.teamId(),
                    "-",
                    r.improved(),
                    r.rated() < Protection.THRESHOLD ? r.rated() : r.improved(),
                    r.total()));
            rows.add(new Aggregate(
                    Metric.CO_RATING_CHANGE, r.month(), r.teamId(), "-", r.change(), r.rated(), r.total()));
        }
        String sustainability = SUSTAINABILITY.formatted(teamFilter)
                + (teamId == null ? " group by grouping sets ((1, 2, 3), (1, 3))" : " group by 1, 2, 3");
        for (Sustainability s : sql.query(
                sustainability,
                params,
                rs -> new Sustainability(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getInt(6) == 1))) {
            boolean six = s.months() == 6;
            rows.add(new Aggregate(
                    six ? Metric.SUSTAINABILITY_CHECKS_6 : Metric.SUSTAINABILITY_CHECKS_12,
                    s.month(),
                    s.teamId(),
                    "-",
                    s.checked(),
                    s.checked(),
                    s.total()));
            // "0 sustained" of fewer than 5 checked customers would tell about each of them: the group decides
            rows.add(new Aggregate(
                    six ? Metric.SUSTAINED_INTEGRATIONS_6 : Metric.SUSTAINED_INTEGRATIONS_12,
                    s.month(),
                    s.teamId(),
                    "-",
                    s.sustained(),
                    s.checked() < Protection.THRESHOLD ? s.checked() : s.sustained(),
                    s.total()));
        }
        return rows;
    }

    private record Sustainability(
            String month, String teamId, int months, long checked, long sustained, boolean total) {}

    private record CoRating(String month, String teamId, long rated, long improved, long change, boolean total) {}
}
