package de.lotse.reporting.outcomes.infrastructure;

import de.lotse.platform.jdbc.Sql;
import de.lotse.reporting.outcomes.domain.Metric;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
    /** value and the number of distinct cases behind it. */
    public record Aggregate(Metric metric, String month, String teamId, String key, long value, long cases) {
    }

    private static final String SIXTEEN_A = "('CHILDCARE_OR_HOME_CARE', 'DEBT_COUNSELLING', 'PSYCHOSOCIAL_COUNSELLING', "
            + "'ADDICTION_COUNSELLING')";
    private static final Map<Metric, String> QUERIES = Map.ofEntries(Map.entry(
            Metric.ADMISSIONS, """
                    select to_char(c.admitted_on, 'YYYY-MM'), c.team_id, c.route, count(*), count(*)
                    from caseload_case c where c.jobcenter_id = ? and c.opened_at is not null
                      and c.admitted_on between ? and ? %s group by 1, 2, 3"""), Map.entry(
            Metric.CLOSURES, """
                    select to_char(c.closed_on, 'YYYY-MM'), c.team_id, coalesce(c.closure_reason, '-'), count(*), count(*)
                    from caseload_case c where c.jobcenter_id = ? and c.closed_at is not null
                      and c.closed_on between ? and ? %s group by 1, 2, 3"""), Map.entry(
            Metric.INTEGRATIONS, """
                    select to_char(c.closed_on, 'YYYY-MM'), c.team_id, coalesce(c.closure_reason, '-'), count(*), count(*)
                    from caseload_case c where c.jobcenter_id = ? and c.closed_at is not null and c.integration
                      and c.closed_on between ? and ? %s group by 1, 2, 3"""), Map.entry(
            Metric.DURATION, """
                    select to_char(c.closed_on, 'YYYY-MM'), c.team_id,
                           case when c.duration_days < 183 then '0-6' when c.duration_days < 365 then '6-12'
                                when c.duration_days < 730 then '12-24' when c.duration_days < 1096 then '24-36'
                                else '36+' end, count(*), count(*)
                    from caseload_case c where c.jobcenter_id = ? and c.closed_at is not null
                      and c.closed_on between ? and ? %s group by 1, 2, 3"""), Map.entry(
            Metric.NEEDS_RESOLVED, """
                    select to_char(a.completed_on, 'YYYY-MM'), c.team_id, '-', sum(a.needs_resolved),
                           count(distinct a.case_id) filter (where a.needs_resolved > 0)
                    from report_assessment a join caseload_case c on c.case_id = a.case_id
                    where a.jobcenter_id = ? and a.completed_on between ? and ? %s group by 1, 2, 3"""), Map.entry(
            Metric.CATEGORY_UPGRADES, """
                    select to_char(a.completed_on, 'YYYY-MM'), c.team_id, '-', count(*), count(distinct a.case_id)
                    from report_assessment a join caseload_case c on c.case_id = a.case_id
                    where a.jobcenter_id = ? and a.direction = 'UP' and a.completed_on between ? and ? %s
                    group by 1, 2, 3"""), Map.entry(
            Metric.MEASURES_SUCCESSFUL, """
                    select to_char(m.ended_on, 'YYYY-MM'), c.team_id, m.instrument, count(*), count(distinct m.case_id)
                    from report_measure m join caseload_case c on c.case_id = m.case_id
                    where m.jobcenter_id = ? and m.successful and m.ended_on between ? and ? %s group by 1, 2, 3"""), Map.entry(
            Metric.REFERRALS_16A_COMPLETED, """
                    select to_char(r.completed_on, 'YYYY-MM'), c.team_id, r.service, count(*), count(distinct r.case_id)
                    from report_referral r join caseload_case c on c.case_id = r.case_id
                    where r.jobcenter_id = ? and r.status = 'COMPLETED' and r.service in """ + SIXTEEN_A + """
                      and r.completed_on between ? and ? %s group by 1, 2, 3"""), Map.entry(
            Metric.NEEDS_RESOLVED_BY_KEY_GROUP, """
                    select to_char(n.resolved_on, 'YYYY-MM'), c.team_id, n.key_group, count(*), count(distinct n.case_id)
                    from report_need n join caseload_case c on c.case_id = n.case_id
                    where n.jobcenter_id = ? and n.resolved_on between ? and ? %s group by 1, 2, 3"""), Map.entry(
            Metric.CATEGORY_MOVES, """
                    select to_char(m.changed_on, 'YYYY-MM'), c.team_id, coalesce(m.direction, '-'), count(*),
                           count(distinct m.case_id)
                    from report_category_change m join caseload_case c on c.case_id = m.case_id
                    where m.jobcenter_id = ? and m.changed_on between ? and ? %s group by 1, 2, 3"""), Map.entry(
            Metric.CONSENTS_GRANTED, """
                    select to_char(k.granted_on, 'YYYY-MM'), c.team_id, coalesce(k.purpose, '-'), count(*),
                           count(distinct k.case_id)
                    from report_consent k join caseload_case c on c.case_id = k.case_id
                    where k.jobcenter_id = ? and k.granted_on between ? and ? %s group by 1, 2, 3"""), Map.entry(
            Metric.CONSENTS_ENDED, """
                    select to_char(k.ended_on, 'YYYY-MM'), c.team_id, coalesce(k.end_kind, '-'), count(*),
                           count(distinct k.case_id)
                    from report_consent k join caseload_case c on c.case_id = k.case_id
                    where k.jobcenter_id = ? and k.ended_on between ? and ? %s group by 1, 2, 3"""), Map.entry(
            Metric.REFERRALS_COMPLETED_BY_PARTNER_TYPE, """
                    select to_char(r.completed_on, 'YYYY-MM'), c.team_id, coalesce(p.partner_type, '-'), count(*),
                           count(distinct r.case_id)
                    from report_referral r join caseload_case c on c.case_id = r.case_id
                    left join report_partner p on p.partner_id = r.partner_id
                    where r.jobcenter_id = ? and r.status = 'COMPLETED' and r.completed_on between ? and ? %s
                    group by 1, 2, 3"""));

    private final JdbcOperations jdbc;

    OutcomeStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    public List<Aggregate> aggregates(String jobcenterId, String teamId, LocalDate from, LocalDate to) {
        List<Aggregate> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            String sql = QUERIES.get(metric).formatted(teamId == null ? "" : "and c.team_id = ?");
            rows.addAll(Sql.query(jdbc, sql, statement -> {
                statement.setString(1, jobcenterId);
                statement.setObject(2, from);
                statement.setObject(3, to);
                if (teamId != null) {
                    statement.setString(4, teamId);
                }
            }, rs -> new Aggregate(metric, rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getLong(5))));
        }
        return rows;
    }
}
