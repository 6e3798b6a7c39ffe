package de.lotse.intake.cases.infrastructure;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseStatus;
import de.lotse.intake.cases.domain.CaseWithCustomer;
import de.lotse.intake.cases.domain.Deadline;
import de.lotse.intake.cases.domain.DeadlineLine;
import de.lotse.intake.cases.domain.TransferCandidate;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
            .map(column -> "c." + column)
            .collect(Collectors.joining(", "));
    private static final String CUSTOMER_COLUMNS = """
            cu.customer_number, cu.first_name, cu.last_name, cu.date_of_birth, cu.household_ref,
            cu.team_id as customer_team_id, cu.responsible_av_id""";

    /** The FM responsible for the case, or the deputy standing in on {@code :today}; the person is {@code :person}. */
    private static final String RESPONSIBLE_OR_DEPUTY =
            "(c.case_manager_id = :person or (c.deputy_id = :person and :today between c.deputy_from and c.deputy_until))";

    private final Statements sql;

    CaseLists(Statements sql) {
        this.sql = sql;
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
    public record Filter(
            String jobcenterId,
            String teamId,
            Set<CaseStatus> statuses,
            String referredBy,
            String caseManagerOrDeputy,
            String responsibleAv,
            LocalDate today) {}

    public Page<CaseWithCustomer> find(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(
                " from bfm_case c join customer cu on cu.id = c.customer_id " + "where c.jobcenter_id = :jobcenterId");
        Params params = Params.of("jobcenterId", filter.jobcenterId());
        if (filter.teamId() != null) {
            where.append(" and c.team_id = :teamId");
            params.and("teamId", filter.teamId());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and c.status = any(:statuses)");
            params.and(
                    "statuses",
                    filter.statuses().stream().map(Enum::name).sorted().toArray(String[]::new));
        }
        if (filter.referredBy() != null) {
            where.append(" and c.referred_by = :referredBy");
            params.and("referredBy", filter.referredBy());
        }
        if (filter.caseManagerOrDeputy() != null) {
            where.append(" and ").append(RESPONSIBLE_OR_DEPUTY);
            params.and("person", filter.caseManagerOrDeputy()).and("today", filter.today());
        }
        if (filter.responsibleAv() != null) {
            where.append(" and (cu.responsible_av_id = :responsibleAv or c.referred_by = :responsibleAv)");
            params.and("responsibleAv", filter.responsibleAv());
        }
        long total = sql.count("select count(*)" + where, params);
        List<CaseWithCustomer> items = sql.query(
                "select " + CASE_COLUMNS + ", " + CUSTOMER_COLUMNS + ", "
                        + "(select af.completed_at from assessment_facts af where af.case_id = c.id) as assessed_at"
                        + where
                        + " order by c.referred_at desc, c.id limit :limit offset :offset",
                params.and("limit", page.size()).and("offset", page.offset()),
                rs -> {
                    CaseWithCustomer line = withCustomer(rs);
                    Timestamp assessedAt = rs.getTimestamp("assessed_at");
                    return new CaseWithCustomer(
                            line.bfmCase(), line.customer(), assessedAt == null ? null : assessedAt.toInstant());
                });
        return Page.of(items, page, total);
    }

    /**
     * What lets a case run past its maximum duration under the policy in force (docs/domain.md §8): an
     * approved extension (BA2010 documented reasons, PANKOW the team lead's approval) moves the
     * deadline to the extension's end; a running AGH under TAH continues the case while it runs.
     */
    public record PastMaxDuration(boolean approvedExtensions, boolean runningAgh) {}

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
    public Page<DeadlineLine> deadlines(
            String jobcenterId,
            String teamId,
            String caseManagerOrDeputy,
            LocalDate today,
            LocalDate until,
            PastMaxDuration pastMax,
            Set<String> marketNearCategories,
            PageRequest page) {
        Params params =
                Params.of("jobcenterId", jobcenterId).and("today", today).and("until", until);
        String scope;
        if (caseManagerOrDeputy != null) {
            scope = RESPONSIBLE_OR_DEPUTY;
            params.and("person", caseManagerOrDeputy);
        } else {
            scope = "c.team_id = :teamId";
        }
        if (teamId != null || caseManagerOrDeputy == null) {
            params.and("teamId", Objects.requireNonNull(teamId, "a team or an FM"));
        }
        String inScope = "c.jobcenter_id = :jobcenterId and " + scope;
        List<String> branches = new ArrayList<>();
        if (teamId != null) {
            branches.add("""
                    select c.id, 'SECONDARY_ASSIGNMENT' as kind, c.secondary_assignment_due_on as due_on from bfm_case c
                     where c.jobcenter_id = :jobcenterId and c.team_id = :teamId and c.status = 'REFERRED'
                       and c.secondary_assignment_due_on <= :until""");
        }
        branches.add("""
                select c.id, 'FIRST_CONSULTATION' as kind, c.first_consultation_due_on as due_on from bfm_case c
                 where %s and c.status = 'ADMITTED' and c.first_consultation_due_on <= :until""".formatted(inScope));
        branches.add("""
                select c.id, 'CLARIFICATION_PHASE_END' as kind, c.clarification_phase_ends_on as due_on from bfm_case c
                 where %s and c.status = 'ACTIVE' and c.clarification_phase_ends_on between :today and :until""".formatted(inScope));
        // the maximum duration as an approved extension moved it; none while an AGH continues the case (TAH)
        branches.add("""
                select c.id, 'MAX_DURATION' as kind, m.due_on from bfm_case c
                 cross join lateral (select case when :approvedExtensions then greatest(c.max_duration_ends_on, %s)
                                                 else c.max_duration_ends_on end as due_on) m
                 where %s and c.status in ('ADMITTED', 'ACTIVE') and m.due_on <= :until
                   and not (:runningAgh and %s)""".formatted(
                CaseFactsStore.latestExtensionEnd("c.id"), inScope, CaseFactsStore.aghRunningOn("c.id", ":today")));
        params.and("approvedExtensions", pastMax.approvedExtensions()).and("runningAgh", pastMax.runningAgh());
        branches.add("""
                select c.id, 'DEPUTY_ENDS' as kind, c.deputy_until as due_on from bfm_case c
                 where %s and c.status in ('ADMITTED', 'ACTIVE') and c.deputy_until between :today and :until""".formatted(inScope));
        routingBranches(inScope, marketNearCategories, branches, params);
        String union = String.join("\nunion all\n", branches);
        long total = sql.count("select count(*) from (" + union + ") d", params);
        List<DeadlineLine> items = sql.query(
                "select d.id, d.kind, d.due_on, " + CUSTOMER_COLUMNS
                        + ", cu.id as customer_id, c.case_manager_id from (" + union + ") d "
                        + "join bfm_case c on c.id = d.id join customer cu on cu.id = c.customer_id "
                        + "order by d.due_on, d.id, d.kind limit :limit offset :offset",
                params.and("limit", page.size()).and("offset", page.offset()),
                rs -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new DeadlineLine(
                            new Deadline(
                                    rs.getObject("id", UUID.class),
                                    Deadline.Kind.valueOf(rs.getString("kind")),
                                    due,
                                    due.isBefore(today)),
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
    private static void routingBranches(
            String inScope, Set<String> marketNearCategories, List<String> branches, Params params) {
        String open = inScope + " and c.status in ('ADMITTED', 'ACTIVE')";
        String assessedOn = "(f.completed_at at time zone 'Europe/Berlin')::date";
        branches.add("""
                select c.id, 'FIRST_TALK' as kind, c.first_talk_due_on as due_on from bfm_case c
                 where %s and c.first_talk_due_on <= :until
                   and not coalesce(c.first_consultation_held_on >= c.benefit_decision_on, false)
                   and not %s""".formatted(open, CaseFactsStore.contactWithCustomerSince("c.id", "c.benefit_decision_on")));
        if (marketNearCategories != null && !marketNearCategories.isEmpty()) {
            branches.add("""
                    select c.id, 'MARKET_NEAR_HANDOVER' as kind, %1$s as due_on
                      from bfm_case c join assessment_facts f on f.case_id = c.id
                     where %2$s and c.status = 'ACTIVE' and c.routing_segment = 'MARKET_FAR' and c.age_group = 'UE25'
                       and f.category_code = any(:marketNearCategories) and %1$s <= :until
                       and not exists (select 1 from case_decision d where d.case_id = c.id and d.kind = 'TRANSFER'
                                          and d.outcome = 'MARKET_FAR_HANDBACK' and d.decided_at > f.completed_at)""".formatted(assessedOn, open));
            params.and(
                    "marketNearCategories",
                    marketNearCategories.stream().sorted().toArray(String[]::new));
        }
        branches.add("""
                select c.id, 'MARKET_NEAR_INVITATION' as kind, c.invitation_due_on as due_on from bfm_case c
                 where %s and c.routing_segment = 'MARKET_NEAR' and c.invitation_sent_on is null
                   and c.invitation_due_on <= :until""".formatted(open));
        branches.add("""
                select c.id, 'MARKET_NEAR_FIRST_TALK' as kind, c.market_near_talk_due_on as due_on from bfm_case c
                 where %s and c.routing_segment = 'MARKET_NEAR' and c.market_near_talk_due_on <= :until
                   and not %s""".formatted(open, CaseFactsStore.contactWithCustomerSince("c.id", "c.handed_over_on")));
        branches.add("""
                select c.id, 'MARKET_NEAR_REVIEW' as kind, c.market_near_review_on as due_on from bfm_case c
                 where %s and c.routing_segment = 'MARKET_NEAR' and c.market_near_review_on <= :until""".formatted(open));
        branches.add("""
                select c.id, 'REACTIVATION_INSTRUCTION' as kind, f.reactivated_on as due_on
                  from bfm_case c join assessment_facts f on f.case_id = c.id
                 where %s and c.routing_segment is not null and f.reactivated_on <= :until
                   and (c.reactivation_instructed_on is null or c.reactivation_instructed_on < f.reactivated_on)""".formatted(open));
        branches.add("""
                select c.id, 'U25_TARGET_GROUP_REVIEW' as kind, c.u25_target_group_review_on as due_on from bfm_case c
                 where %s and c.routing_segment = 'U25' and c.u25_target_group_review_on <= :until""".formatted(open));
    }

    /**
     * Open U25 cases whose customer completes the 25th year by {@code until}, with the measures
     * running on {@code today} (UCKERMARK 6.7: finish them before the transfer where possible).
     */
    public Page<TransferCandidate> reachingTwentyFive(
            String jobcenterId,
            String teamId,
            String caseManagerOrDeputy,
            LocalDate today,
            LocalDate until,
            PageRequest page) {
        Params params =
                Params.of("jobcenterId", jobcenterId).and("today", today).and("until", until);
        String scope;
        if (caseManagerOrDeputy == null) {
            scope = "c.team_id = :teamId";
            params.and("teamId", teamId);
        } else {
            scope = RESPONSIBLE_OR_DEPUTY;
            params.and("person", caseManagerOrDeputy);
        }
        String where =
                " from bfm_case c join customer cu on cu.id = c.customer_id where c.jobcenter_id = :jobcenterId and "
                        + scope + " and c.status in ('ADMITTED', 'ACTIVE') and c.age_group = 'U25' "
                        + "and cu.date_of_birth + interval '25 years' <= :until";
        long total = sql.count("select count(*)" + where, params);
        List<TransferCandidate> items = sql.query(
                "select " + CASE_COLUMNS + ", " + CUSTOMER_COLUMNS + ", "
                        + "(select count(*) from case_measure m where m.case_id = c.id and m.started_on <= :today "
                        + "   and (m.ended_on is null or m.ended_on > :today)) as running_measures, "
                        + "(select max(m.planned_end_on) from case_measure m where m.case_id = c.id and m.ended_on is null) "
                        + "   as latest_planned_end" + where
                        + " order by cu.date_of_birth, c.id limit :limit offset :offset",
                params.and("limit", page.size()).and("offset", page.offset()),
                rs -> new TransferCandidate(
                        withCustomer(rs),
                        rs.getInt("running_measures"),
                        rs.getObject("latest_planned_end", LocalDate.class)));
        return Page.of(items, page, total);
    }

    private static CaseWithCustomer withCustomer(ResultSet rs) throws SQLException {
        BfmCase bfmCase = CaseStore.map(rs);
        return new CaseWithCustomer(bfmCase, customer(rs, bfmCase.customerId(), bfmCase.jobcenterId()));
    }

    private static Customer customer(ResultSet rs, UUID id, String jobcenterId) throws SQLException {
        return new Customer(
                id,
                jobcenterId,
                rs.getString("customer_number"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("household_ref"),
                rs.getString("customer_team_id"),
                rs.getString("responsible_av_id"));
    }
}
