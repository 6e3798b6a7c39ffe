package de.lotse.reporting.quality.infrastructure;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.reporting.quality.domain.CaseQuality;
import de.lotse.reporting.quality.domain.CaseStatus;
import de.lotse.reporting.quality.domain.CaseStatus.Period;
import de.lotse.reporting.quality.domain.CaseStatus.Stage;
import de.lotse.reporting.quality.domain.Finding;
import de.lotse.reporting.quality.domain.Tally;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The facts the quality standards read (caseload_case, contacts, AGH participations), the findings
 * kept per case ({@code case_quality}) and the counters built from them ({@code quality_tally}).
 */
@Singleton
public class QualityStore {
    /** The counter columns of quality_tally, in the order of {@link CaseQuality#counts()}. */
    static final List<String> COUNTER_COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("open_cases", "open_u25", "referred"));
        for (Finding f : Finding.values()) {
            columns.add(f.name().toLowerCase(java.util.Locale.ROOT));
        }
        COUNTER_COLUMNS = List.copyOf(columns);
    }

    private final Statements sql;

    QualityStore(Statements sql) {
        this.sql = sql;
    }

    /** What one case's facts say about it, with its Jobcenter; status empty when neither referred nor open. */
    public record Facts(UUID caseId, String jobcenterId, Optional<CaseStatus> status) {}

    /**
     * Holds the case's lock until the transaction ends: every change of a case's facts and every
     * evaluation of it take it first, so an evaluation always sees the facts of all transactions
     * before it (no contact committed beside a concurrent evaluation that missed it).
     */
    public void lock(Collection<UUID> caseIds) {
        Long[] keys =
                caseIds.stream().map(QualityStore::lockKey).sorted().distinct().toArray(Long[]::new);
        // one round trip; the sorted order keeps two batches from deadlocking on each other's cases
        sql.query(
                "select count(pg_advisory_xact_lock(k)) from (select unnest(:keys::bigint[]) k order by 1) keys",
                Params.of("keys", keys),
                rs -> 1);
    }

    private static long lockKey(UUID caseId) {
        return caseId.getMostSignificantBits() ^ caseId.getLeastSignificantBits();
    }

    public List<Facts> facts(List<UUID> caseIds) {
        Params ids = Params.of("caseIds", caseIds.toArray(UUID[]::new));
        Map<UUID, List<LocalDate>> contacts = new HashMap<>();
        sql.query(
                "select case_id, occurred_on from report_contact where case_id = any(:caseIds) and counts",
                ids,
                rs -> contacts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, LocalDate.class)));
        Map<UUID, List<Period>> agh = new HashMap<>();
        sql.query(
                "select case_id, started_on, ended_on from report_measure where case_id = any(:caseIds) "
                        + "and instrument = 'AGH_16D'",
                ids,
                rs -> agh.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Period(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))));
        return sql.query("""
                select case_id, jobcenter_id, team_id, case_manager_id, age_group,
                       case when opened_at is not null and closed_at is null then 'OPEN'
                            when opened_at is null and referred_at is not null and referral_declined_at is null
                                 and closed_at is null then 'REFERRED' end,
                       secondary_assignment_due_on, admitted_on, first_consultation_due_on, first_consultation_held_on,
                       max_duration_ends_on, agreement_valid_until, next_review_due_on, extension_until, category_code,
                       agreement_review_on
                from caseload_case where case_id = any(:caseIds)""", ids, rs -> {
            UUID id = rs.getObject(1, UUID.class);
            String stage = rs.getString(6);
            Optional<CaseStatus> status = stage == null || rs.getString(3) == null
                    ? Optional.empty()
                    : Optional.of(new CaseStatus(
                            id,
                            Stage.valueOf(stage),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            date(rs, 7),
                            date(rs, 8),
                            date(rs, 9),
                            date(rs, 10),
                            date(rs, 11),
                            date(rs, 12),
                            date(rs, 16),
                            date(rs, 13),
                            date(rs, 14),
                            rs.getString(15),
                            contacts.getOrDefault(id, List.of()),
                            agh.getOrDefault(id, List.of())));
            return new Facts(id, rs.getString(2), status);
        });
    }

    public Map<UUID, CaseQuality> stored(List<UUID> caseIds) {
        Map<UUID, CaseQuality> rows = new HashMap<>();
        sql.query(
                        "select " + QUALITY_COLUMNS + " from case_quality where case_id = any(:caseIds)",
                        Params.of("caseIds", caseIds.toArray(UUID[]::new)),
                        QualityStore::quality)
                .forEach(q -> rows.put(q.caseId(), q));
        return rows;
    }

    /**
     * Inserts or replaces the rows, one statement each ({@code Statements} has no batch): an event changes one
     * row, a refresh at most its batch of cases.
     */
    public void save(List<CaseQuality> rows) {
        // one batch: the nightly refresh writes hundreds of rows per Jobcenter
        sql.batch(
                """
                    insert into case_quality (case_id, jobcenter_id, team_id, case_manager_id, age_group, stage, findings,
                                              policy_version, evaluated_on, changes_on)
                    values (:case_id, :jobcenter_id, :team_id, :case_manager_id, :age_group, :stage, :findings,
                            :policy_version, :evaluated_on, :changes_on)
                    on conflict (case_id) do update set jobcenter_id = excluded.jobcenter_id, team_id = excluded.team_id,
                        case_manager_id = excluded.case_manager_id, age_group = excluded.age_group, stage = excluded.stage,
                        findings = excluded.findings, policy_version = excluded.policy_version,
                        evaluated_on = excluded.evaluated_on, changes_on = excluded.changes_on""",
                rows.stream()
                        .map(q -> Params.of("case_id", q.caseId())
                                .and("jobcenter_id", q.jobcenterId())
                                .and("team_id", q.teamId())
                                .and("case_manager_id", q.caseManagerId())
                                .and("age_group", q.ageGroup())
                                .and("stage", q.stage())
                                .and(
                                        "findings",
                                        q.findings().stream()
                                                .map(Finding::name)
                                                .sorted()
                                                .toArray(String[]::new))
                                .and("policy_version", q.policyVersion())
                                .and("evaluated_on", q.evaluatedOn())
                                .and("changes_on", q.changesOn()))
                        .toList());
    }

    public void delete(List<UUID> caseIds) {
        if (!caseIds.isEmpty()) {
            sql.update(
                    "delete from case_quality where case_id = any(:caseIds)",
                    Params.of("caseIds", caseIds.toArray(UUID[]::new)));
        }
    }

    public void addToTally(Map<Tally.Key, long[]> changes) {
        String columns = String.join(", ", COUNTER_COLUMNS);
        String values = COUNTER_COLUMNS.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        String increments = COUNTER_COLUMNS.stream()
                .map(c -> c + " = quality_tally." + c + " + excluded." + c)
                .collect(Collectors.joining(", "));
        String statement = "insert into quality_tally (jobcenter_id, team_id, case_manager_id, " + columns + ") "
                + "values (:jobcenter_id, :team_id, :case_manager_id, " + values + ") "
                + "on conflict (jobcenter_id, team_id, case_manager_id) do update set " + increments;
        changes.forEach((key, counts) -> {
            Params params = Params.of("jobcenter_id", key.jobcenterId())
                    .and("team_id", key.teamId())
                    .and("case_manager_id", key.caseManagerId());
            for (int i = 0; i < counts.length; i++) {
                params.and(COUNTER_COLUMNS.get(i), counts[i]);
            }
            sql.update(statement, params);
        });
    }

    /** Cases whose findings the calendar may have changed by the day (optionally of one Jobcenter). */
    public List<UUID> due(LocalDate day, String jobcenterId, int limit) {
        return sql.query(
                "select case_id from case_quality where changes_on <= :day"
                        + (jobcenterId != null ? " and jobcenter_id = :jobcenterId" : "")
                        + " order by changes_on limit :limit",
                Params.of("day", day).and("jobcenterId", jobcenterId).and("limit", limit),
                rs -> rs.getObject(1, UUID.class));
    }

    /** A Jobcenter's cases evaluated under another policy version than the given one, in id order after {@code after}. */
    public List<UUID> evaluatedUnderOtherPolicy(String jobcenterId, int policyVersion, UUID after, int limit) {
        return sql.query(
                "select case_id from case_quality where jobcenter_id = :jobcenterId "
                        + "and policy_version <> :policyVersion and case_id > :after order by case_id limit :limit",
                Params.of("jobcenterId", jobcenterId)
                        .and("policyVersion", policyVersion)
                        .and("after", after)
                        .and("limit", limit),
                rs -> rs.getObject(1, UUID.class));
    }

    /** Jobcenters whose current policy version differs from the one their findings were last all evaluated under. */
    public Map<String, Integer> policiesNotApplied() {
        Map<String, Integer> pending = new TreeMap<>();
        sql.query(
                "select r.jobcenter_id, r.policy_version from policy_reference r left join quality_policy q "
                        + "using (jobcenter_id) where q.policy_version is distinct from r.policy_version",
                Params.none(),
                rs -> pending.put(rs.getString(1), rs.getInt(2)));
        return pending;
    }

    public void policyApplied(String jobcenterId, int policyVersion) {
        sql.update(
                "insert into quality_policy (jobcenter_id, policy_version) values (:jobcenterId, :policyVersion) "
                        + "on conflict (jobcenter_id) do update set policy_version = excluded.policy_version",
                Params.of("jobcenterId", jobcenterId).and("policyVersion", policyVersion));
    }

    public void refreshed(LocalDate day, Instant at) {
        sql.update(
                "insert into quality_refresh (id, refreshed_on, refreshed_at) values (1, :day, :at) "
                        + "on conflict (id) do update set refreshed_on = excluded.refreshed_on, refreshed_at = excluded.refreshed_at",
                Params.of("day", day).and("at", at));
    }

    public Optional<LocalDate> refreshedOn() {
        return sql
                .query(
                        "select refreshed_on from quality_refresh where id = 1",
                        Params.none(),
                        rs -> rs.getObject(1, LocalDate.class))
                .stream()
                .findFirst();
    }

    /** A team's cases with at least one finding (or the given one), by FM and case. */
    public List<CaseQuality> withFindings(String jobcenterId, String teamId, Finding only) {
        return sql.query(
                "select " + QUALITY_COLUMNS + " from case_quality where jobcenter_id = :jobcenterId "
                        + "and team_id = :teamId and cardinality(findings) > 0 "
                        + "and (:only::text is null or :only::text = any(findings)) order by case_manager_id, case_id",
                Params.of("jobcenterId", jobcenterId).and("teamId", teamId).and("only", only),
                QualityStore::quality);
    }

    /** A team's open cases with their findings, in case id order (the supervision sample draws from them). */
    public List<CaseQuality> openOfTeam(String jobcenterId, String teamId) {
        return sql.query(
                "select " + QUALITY_COLUMNS + " from case_quality where jobcenter_id = :jobcenterId "
                        + "and team_id = :teamId and stage = 'OPEN' order by case_id",
                Params.of("jobcenterId", jobcenterId).and("teamId", teamId),
                QualityStore::quality);
    }

    /** One line of counters. */
    public record Counts(String key, long[] values) {}

    /** The counters of one Jobcenter (optionally one team), per team. */
    public List<Counts> perTeam(String jobcenterId, String teamId) {
        return sql.query(
                "select team_id, " + sums() + " from quality_tally where jobcenter_id = :jobcenterId "
                        + "and (:teamId::text is null or team_id = :teamId) group by team_id order by team_id",
                Params.of("jobcenterId", jobcenterId).and("teamId", teamId),
                QualityStore::counts);
    }

    /** The counters of every Jobcenter, with the number of FMs with at least one open case. */
    public List<Counts> perJobcenter() {
        return sql.query(
                "select jobcenter_id, " + sums() + ", count(*) filter (where open_cases > 0 "
                        + "and case_manager_id <> '') from quality_tally group by jobcenter_id order by jobcenter_id",
                Params.none(),
                QualityStore::counts);
    }

    private static String sums() {
        return COUNTER_COLUMNS.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", "));
    }

    private static Counts counts(ResultSet rs) throws SQLException {
        int n = rs.getMetaData().getColumnCount() - 1;
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = rs.getLong(2 + i);
        }
        return new Counts(rs.getString(1), values);
    }

    /** Open non-referrals whose re-check is overdue, counted per AV team. */
    public Map<String, Long> overdueRechecks(String jobcenterId, LocalDate day) {
        Map<String, Long> perTeam = new TreeMap<>();
        sql.query(
                "select coalesce(team_id, '-'), count(*) from report_non_referral where jobcenter_id = :jobcenterId "
                        + "and status = 'OPEN' and recheck_due_on < :day group by 1",
                Params.of("jobcenterId", jobcenterId).and("day", day),
                rs -> perTeam.put(rs.getString(1), rs.getLong(2)));
        return perTeam;
    }

    /** Open non-referrals whose re-check is overdue on the day, counted per Jobcenter (by the overdue index). */
    public Map<String, Long> overdueRechecksPerJobcenter(LocalDate day) {
        Map<String, Long> perJobcenter = new TreeMap<>();
        sql.query(
                "select jobcenter_id, count(*) from report_non_referral where status = 'OPEN' "
                        + "and recheck_due_on < :day group by 1",
                Params.of("day", day),
                rs -> perJobcenter.put(rs.getString(1), rs.getLong(2)));
        return perJobcenter;
    }

    private static final String QUALITY_COLUMNS = "case_id, jobcenter_id, team_id, case_manager_id, age_group, stage, "
            + "findings, policy_version, evaluated_on, changes_on";

    private static CaseQuality quality(ResultSet rs) throws SQLException {
        Set<Finding> findings = EnumSet.noneOf(Finding.class);
        Array array = rs.getArray(7);
        for (Object name : (Object[]) array.getArray()) {
            findings.add(Finding.valueOf(name.toString()));
        }
        return new CaseQuality(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Stage.valueOf(rs.getString(6)),
                findings,
                rs.getInt(8),
                date(rs, 9),
                date(rs, 10));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
