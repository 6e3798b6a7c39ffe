package de.lotse.intake.cases.infrastructure;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseStatus;
import de.lotse.intake.cases.domain.CaseWithCustomer;
import de.lotse.intake.cases.domain.Deadline;
import de.lotse.intake.cases.domain.DeadlineLine;
import de.lotse.intake.cases.domain.TransferCandidate;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.platform.jdbc.Sql;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The work lists over cases: filtered, paged, with the customer's name for the list line. */
@Singleton
public class CaseLists {
    private static final String CASE_COLUMNS = Arrays.stream(CaseStore.COLUMNS.split(", "))
            .map(column -> "c." + column).collect(Collectors.joining(", "));
    private static final String CUSTOMER_COLUMNS = """
            cu.customer_number, cu.first_name, cu.last_name, cu.date_of_birth, cu.household_ref,
            cu.team_id as customer_team_id, cu.responsible_av_id""";

    private final JdbcOperations jdbc;

    CaseLists(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Cases of a Jobcenter matching every given criterion ({@code null} = any).
     *
     * @param teamId           the case's FM team
     * @param statuses         any of these states
     * @param referredBy       referred by this subject
     * @param caseManagerOrDeputy the responsible FM, or the deputy standing in on {@code today}
     * @param responsibleAv    the customer's responsible AV
     */
    public record Filter(String jobcenterId, String teamId, Set<CaseStatus> statuses, String referredBy,
                         String caseManagerOrDeputy, String responsibleAv, LocalDate today) {
    }

    public Page<CaseWithCustomer> find(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" from bfm_case c join customer cu on cu.id = c.customer_id "
                + "where c.jobcenter_id = ?");
        List<Object> values = new ArrayList<>(List.of(filter.jobcenterId()));
        if (filter.teamId() != null) {
            where.append(" and c.team_id = ?");
            values.add(filter.teamId());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and c.status in (").append(filter.statuses().stream().map(s -> "?")
                    .collect(Collectors.joining(", "))).append(")");
            filter.statuses().stream().map(Enum::name).sorted().forEach(values::add);
        }
        if (filter.referredBy() != null) {
            where.append(" and c.referred_by = ?");
            values.add(filter.referredBy());
        }
        if (filter.caseManagerOrDeputy() != null) {
            where.append(" and (c.case_manager_id = ? or (c.deputy_id = ? and ? between c.deputy_from and c.deputy_until))");
            values.add(filter.caseManagerOrDeputy());
            values.add(filter.caseManagerOrDeputy());
            values.add(filter.today());
        }
        if (filter.responsibleAv() != null) {
            where.append(" and (cu.responsible_av_id = ? or c.referred_by = ?)");
            values.add(filter.responsibleAv());
            values.add(filter.responsibleAv());
        }
        long total = Sql.query(jdbc, "select count(*)" + where, statement -> CaseStore.bind(statement, values, 1),
                rs -> rs.getLong(1)).get(0);
        List<Object> paged = new ArrayList<>(values);
        paged.add(page.size());
        paged.add(page.offset());
        List<CaseWithCustomer> items = Sql.query(jdbc, "select " + CASE_COLUMNS + ", " + CUSTOMER_COLUMNS + where
                        + " order by c.referred_at desc, c.id limit ? offset ?",
                statement -> CaseStore.bind(statement, paged, 1), CaseLists::withCustomer);
        return Page.of(items, page, total);
    }

    /**
     * What lets a case run past its maximum duration under the policy in force (docs/domain.md §8): an
     * approved extension (BA2010 documented reasons, PANKOW the team lead's approval) moves the
     * deadline to the extension's end; a running AGH under TAH continues the case while it runs.
     */
    public record PastMaxDuration(boolean approvedExtensions, boolean runningAgh) {
    }

    /**
     * Deadlines up to {@code until} (and all overdue ones), earliest first: of the cases an FM is
     * responsible for or stands in for, or of a whole team ({@code caseManagerOrDeputy} null). The
     * referrals of {@code teamId} awaiting their secondary assignment belong to the team either way:
     * no FM is responsible for them yet, and the team's FMs are who must pick them up.
     *
     * @param teamId               the team whose referrals (and, without {@code caseManagerOrDeputy}, whose cases)
     *                             are listed; {@code null}: no referrals
     * @param marketNearCategories the categories the policy routes to the market-near FM; none: no routing
     */
    public Page<DeadlineLine> deadlines(String jobcenterId, String teamId, String caseManagerOrDeputy, LocalDate today,
                                        LocalDate until, PastMaxDuration pastMax, Set<String> marketNearCategories,
                                        PageRequest page) {
        String scope;
        List<Object> scopeValues;
        if (caseManagerOrDeputy != null) {
            scope = "(c.case_manager_id = ? or (c.deputy_id = ? and ? between c.deputy_from and c.deputy_until))";
            scopeValues = List.of(caseManagerOrDeputy, caseManagerOrDeputy, today);
        } else {
            scope = "c.team_id = ?";
            scopeValues = List.of(Objects.requireNonNull(teamId, "a team or an FM"));
        }
        List<String> branches = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (teamId != null) {
            branches.add("""
                    select c.id, 'SECONDARY_ASSIGNMENT' as kind, c.secondary_assignment_due_on as due_on from bfm_case c
                     where c.jobcenter_id = ? and c.team_id = ? and c.status = 'REFERRED'
                       and c.secondary_assignment_due_on <= ?""");
            values.addAll(List.of(jobcenterId, teamId, until));
        }
        branches.add("""
                select c.id, 'FIRST_CONSULTATION' as kind, c.first_consultation_due_on as due_on from bfm_case c
                 where c.jobcenter_id = ? and %s and c.status = 'ADMITTED' and c.first_consultation_due_on <= ?"""
                .formatted(scope));
        values.add(jobcenterId);
        values.addAll(scopeValues);
        values.add(until);
        branches.add("""
                select c.id, 'CLARIFICATION_PHASE_END' as kind, c.clarification_phase_ends_on as due_on from bfm_case c
                 where c.jobcenter_id = ? and %s and c.status = 'ACTIVE' and c.clarification_phase_ends_on between ? and ?"""
                .formatted(scope));
        values.add(jobcenterId);
        values.addAll(scopeValues);
        values.addAll(List.of(today, until));
        // the maximum duration as an approved extension moved it; none while an AGH continues the case (TAH)
        branches.add("""
                select c.id, 'MAX_DURATION' as kind, m.due_on from bfm_case c
                 cross join lateral (select case when ? then greatest(c.max_duration_ends_on, %s)
                                                 else c.max_duration_ends_on end as due_on) m
                 where c.jobcenter_id = ? and %s and c.status in ('ADMITTED', 'ACTIVE') and m.due_on <= ?
                   and not (? and %s)""".formatted(CaseFactsStore.latestExtensionEnd("c.id"), scope,
                CaseFactsStore.aghRunningOn("c.id")));
        values.addAll(List.of(pastMax.approvedExtensions(), jobcenterId));
        values.addAll(scopeValues);
        values.addAll(List.of(until, pastMax.runningAgh(), today, today));
        branches.add("""
                select c.id, 'DEPUTY_ENDS' as kind, c.deputy_until as due_on from bfm_case c
                 where c.jobcenter_id = ? and %s and c.status in ('ADMITTED', 'ACTIVE') and c.deputy_until between ? and ?"""
                .formatted(scope));
        values.add(jobcenterId);
        values.addAll(scopeValues);
        values.addAll(List.of(today, until));
        routingBranches(jobcenterId, scope, scopeValues, until, marketNearCategories, branches, values);
        String union = String.join("\nunion all\n", branches);
        long total = Sql.query(jdbc, "select count(*) from (" + union + ") d",
                statement -> CaseStore.bind(statement, values, 1), rs -> rs.getLong(1)).get(0);
        List<Object> paged = new ArrayList<>(values);
        paged.add(page.size());
        paged.add(page.offset());
        List<DeadlineLine> items = Sql.query(jdbc, "select d.id, d.kind, d.due_on, " + CUSTOMER_COLUMNS
                + ", cu.id as customer_id, c.case_manager_id from (" + union + ") d "
                + "join bfm_case c on c.id = d.id join customer cu on cu.id = c.customer_id "
                + "order by d.due_on, d.id, d.kind limit ? offset ?", statement -> CaseStore.bind(statement, paged, 1),
                rs -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new DeadlineLine(new Deadline(rs.getObject("id", UUID.class),
                            Deadline.Kind.valueOf(rs.getString("kind")), due, due.isBefore(today)),
                            customer(rs, rs.getObject("customer_id", UUID.class), jobcenterId),
                            rs.getString("case_manager_id"));
                });
        return Page.of(items, page, total);
    }

    /**
     * The deadlines of a policy that routes between FMs and counts from the benefit decision (UCKERMARK,
     * docs/domain.md §18.3–§18.6). A first talk is met by the first contact with the customer on or after the day
     * its deadline counts from (or an ESB held then); a handover is due "unverzüglich" once an assessment puts an
     * adult market-far customer in a market-near category, unless a reasoned handback came after that assessment.
     */
    private static void routingBranches(String jobcenterId, String scope, List<Object> scopeValues, LocalDate until,
                                        Set<String> marketNearCategories, List<String> branches, List<Object> values) {
        String open = "c.jobcenter_id = ? and " + scope + " and c.status in ('ADMITTED', 'ACTIVE')";
        String assessedOn = "(f.completed_at at time zone 'Europe/Berlin')::date";
        branches.add("""
                select c.id, 'FIRST_TALK' as kind, c.first_talk_due_on as due_on from bfm_case c
                 where %s and c.first_talk_due_on <= ?
                   and not coalesce(c.first_consultation_held_on >= c.benefit_decision_on, false)
                   and not %s""".formatted(open, CaseFactsStore.contactWithCustomerSince("c.id", "c.benefit_decision_on")));
        addScoped(values, jobcenterId, scopeValues, until);
        if (marketNearCategories != null && !marketNearCategories.isEmpty()) {
            branches.add("""
                    select c.id, 'MARKET_NEAR_HANDOVER' as kind, %1$s as due_on
                      from bfm_case c join assessment_facts f on f.case_id = c.id
                     where %2$s and c.status = 'ACTIVE' and c.routing_segment = 'MARKET_FAR' and c.age_group = 'UE25'
                       and f.category_code = any(?) and %1$s <= ?
                       and not exists (select 1 from case_decision d where d.case_id = c.id and d.kind = 'TRANSFER'
                                          and d.outcome = 'MARKET_FAR_HANDBACK' and d.decided_at > f.completed_at)"""
                    .formatted(assessedOn, open));
            values.add(jobcenterId);
            values.addAll(scopeValues);
            values.add(marketNearCategories.stream().sorted().toArray(String[]::new));
            values.add(until);
        }
        branches.add("""
                select c.id, 'MARKET_NEAR_INVITATION' as kind, c.invitation_due_on as due_on from bfm_case c
                 where %s and c.routing_segment = 'MARKET_NEAR' and c.invitation_sent_on is null
                   and c.invitation_due_on <= ?""".formatted(open));
        addScoped(values, jobcenterId, scopeValues, until);
        branches.add("""
                select c.id, 'MARKET_NEAR_FIRST_TALK' as kind, c.market_near_talk_due_on as due_on from bfm_case c
                 where %s and c.routing_segment = 'MARKET_NEAR' and c.market_near_talk_due_on <= ?
                   and not %s""".formatted(open, CaseFactsStore.contactWithCustomerSince("c.id", "c.handed_over_on")));
        addScoped(values, jobcenterId, scopeValues, until);
        branches.add("""
                select c.id, 'MARKET_NEAR_REVIEW' as kind, c.market_near_review_on as due_on from bfm_case c
                 where %s and c.routing_segment = 'MARKET_NEAR' and c.market_near_review_on <= ?""".formatted(open));
        addScoped(values, jobcenterId, scopeValues, until);
        branches.add("""
                select c.id, 'REACTIVATION_INSTRUCTION' as kind, f.reactivated_on as due_on
                  from bfm_case c join assessment_facts f on f.case_id = c.id
                 where %s and c.routing_segment is not null and f.reactivated_on <= ?
                   and (c.reactivation_instructed_on is null or c.reactivation_instructed_on < f.reactivated_on)"""
                .formatted(open));
        addScoped(values, jobcenterId, scopeValues, until);
        branches.add("""
                select c.id, 'U25_TARGET_GROUP_REVIEW' as kind, c.u25_target_group_review_on as due_on from bfm_case c
                 where %s and c.routing_segment = 'U25' and c.u25_target_group_review_on <= ?""".formatted(open));
        addScoped(values, jobcenterId, scopeValues, until);
    }

    private static void addScoped(List<Object> values, String jobcenterId, List<Object> scopeValues, LocalDate until) {
        values.add(jobcenterId);
        values.addAll(scopeValues);
        values.add(until);
    }

    /**
     * Open U25 cases whose customer completes the 25th year by {@code until}, with the measures
     * running on {@code today} (UCKERMARK 6.7: finish them before the transfer where possible).
     */
    public Page<TransferCandidate> reachingTwentyFive(String jobcenterId, String teamId, String caseManagerOrDeputy,
                                            LocalDate today, LocalDate until, PageRequest page) {
        String scope = caseManagerOrDeputy == null ? "c.team_id = ?"
                : "(c.case_manager_id = ? or (c.deputy_id = ? and ? between c.deputy_from and c.deputy_until))";
        String where = " from bfm_case c join customer cu on cu.id = c.customer_id where c.jobcenter_id = ? and "
                + scope + " and c.status in ('ADMITTED', 'ACTIVE') and c.age_group = 'U25' "
                + "and cu.date_of_birth + interval '25 years' <= ?";
        List<Object> values = new ArrayList<>(List.of(jobcenterId));
        if (caseManagerOrDeputy == null) {
            values.add(teamId);
        } else {
            values.add(caseManagerOrDeputy);
            values.add(caseManagerOrDeputy);
            values.add(today);
        }
        values.add(until);
        long total = Sql.query(jdbc, "select count(*)" + where, statement -> CaseStore.bind(statement, values, 1),
                rs -> rs.getLong(1)).get(0);
        List<Object> paged = new ArrayList<>(values);
        paged.add(0, today);
        paged.add(0, today);
        paged.add(page.size());
        paged.add(page.offset());
        List<TransferCandidate> items = Sql.query(jdbc, "select " + CASE_COLUMNS + ", " + CUSTOMER_COLUMNS + ", "
                        + "(select count(*) from case_measure m where m.case_id = c.id and m.started_on <= ? "
                        + "   and (m.ended_on is null or m.ended_on > ?)) as running_measures, "
                        + "(select max(m.planned_end_on) from case_measure m where m.case_id = c.id and m.ended_on is null) "
                        + "   as latest_planned_end" + where
                        + " order by cu.date_of_birth, c.id limit ? offset ?",
                statement -> CaseStore.bind(statement, paged, 1),
                rs -> new TransferCandidate(withCustomer(rs), rs.getInt("running_measures"),
                        rs.getObject("latest_planned_end", LocalDate.class)));
        return Page.of(items, page, total);
    }

    private static CaseWithCustomer withCustomer(ResultSet rs) throws SQLException {
        BfmCase bfmCase = CaseStore.map(rs);
        return new CaseWithCustomer(bfmCase, customer(rs, bfmCase.customerId(), bfmCase.jobcenterId()));
    }

    private static Customer customer(ResultSet rs, UUID id, String jobcenterId) throws SQLException {
        return new Customer(id, jobcenterId, rs.getString("customer_number"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("household_ref"),
                rs.getString("customer_team_id"), rs.getString("responsible_av_id"));
    }
}
