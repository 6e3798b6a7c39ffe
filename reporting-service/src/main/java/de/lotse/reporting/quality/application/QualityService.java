package de.lotse.reporting.quality.application;

import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.policyreference.PolicyReference;
import de.lotse.platform.policyreference.PolicyReferences;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.disclosure.application.NationalFigures;
import de.lotse.reporting.disclosure.application.PublishedFigures;
import de.lotse.reporting.disclosure.application.StockFigures;
import de.lotse.reporting.disclosure.domain.Cell;
import de.lotse.reporting.disclosure.domain.Figures;
import de.lotse.reporting.quality.domain.CaseQuality;
import de.lotse.reporting.quality.domain.Finding;
import de.lotse.reporting.quality.infrastructure.QualityStore;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Quality-standard findings of a Jobcenter against its own policy, read from the findings kept per
 * case and the counters kept with them (see {@link QualityLedger}). A team lead gets the list of the
 * team's cases per finding (ids and FM; names come from intake through the SPA) and the team's counts,
 * live and exact. Management gets counts per team and for the Jobcenter, the national view counts per
 * Jobcenter — as taken for the reporting date, small counts and their complements withheld
 * ({@link PublishedFigures}), no case id.
 */
@Singleton
public class QualityService {
    /** The claim value that opens the national view to a MANAGEMENT token. */
    public static final String NATIONAL = "NATIONAL";

    private final QualityStore store;
    private final QualityRefresh refresh;
    private final QualityLedger ledger;
    private final PolicyReferences policies;
    private final AuditLog audit;
    private final PublishedFigures published;
    private final TransactionOperations<Connection> transactions;

    QualityService(
            QualityStore store,
            QualityRefresh refresh,
            QualityLedger ledger,
            PolicyReferences policies,
            AuditLog audit,
            PublishedFigures published,
            TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.store = store;
        this.refresh = refresh;
        this.ledger = ledger;
        this.policies = policies;
        this.audit = audit;
        this.published = published;
    }

    /** A case of the team with what it lacks; no FM while the referral waits for one. */
    public record CaseFindings(UUID caseId, String caseManagerId, Set<Finding> findings) {
        static CaseFindings of(CaseQuality q) {
            return new CaseFindings(q.caseId(), q.caseManagerId().isEmpty() ? null : q.caseManagerId(), q.findings());
        }
    }

    /**
     * Counts of one team, one Jobcenter or the country's Jobcenter lines.
     *
     * @param key            team id, Jobcenter id, or none for a total
     * @param openCases      open cases
     * @param u25            of them under 25
     * @param referred       referrals waiting for an FM
     * @param caseManagers   FMs with at least one open case (national lines only; not a count of customers)
     * @param overdueRechecks non-referrals whose re-check is overdue (management: the Jobcenter's total and the
     *                        national lines; none on FM team lines — non-referrals belong to AV teams)
     */
    public record Line(
            String key,
            Cell openCases,
            Cell u25,
            Cell referred,
            Long caseManagers,
            Map<Finding, Cell> findings,
            Cell overdueRechecks) {}

    /**
     * @param day             the day the findings are evaluated for (management: the reporting date)
     * @param reportingDate   management: the reporting date; none for a team lead's live view
     * @param takenAt         management: when the reporting date's figures were taken
     * @param overdueRechecks non-referrals whose re-check is overdue, per AV team (management only)
     */
    public record Summary(
            String jobcenterId,
            LocalDate day,
            LocalDate reportingDate,
            Instant takenAt,
            int policyVersion,
            Line total,
            List<Line> teams,
            Map<String, Cell> overdueRechecks) {}

    /** The country: one line per Jobcenter, evaluated through {@code day} (the refresh job's last run). */
    public record National(
            LocalDate day, LocalDate reportingDate, Instant takenAt, Line total, List<Line> jobcenters) {}

    /** The team lead's team: every case with at least one finding (optionally only one finding). */
    @Transactional
    public List<CaseFindings> teamCases(CurrentUser user, Finding only) {
        if (!user.has(Roles.TL) || user.teamId() == null) {
            throw new AccessDenied("TEAM_LEAD_ONLY", "Die Fallliste je Befund ist für die Teamleitung des Teams.");
        }
        String jobcenterId = user.requireJobcenter();
        refresh.refresh(jobcenterId);
        List<CaseFindings> cases = store.withFindings(jobcenterId, user.teamId(), only).stream()
                .map(CaseFindings::of)
                .toList();
        audit.recordCaseList(
                user,
                "quality-findings",
                cases.stream().map(CaseFindings::caseId).toList(),
                "Aufsicht");
        return cases;
    }

    /**
     * Aggregates without case ids: for management the reporting date's figures per team and for the
     * Jobcenter, small counts and their complements withheld; for a team lead the own team, live and exact.
     */
    public Summary summary(CurrentUser user) {
        if (!user.has(Roles.MANAGEMENT) && !user.has(Roles.TL)) {
            throw new AccessDenied("LIST_NOT_FOR_ROLE", "Die Übersicht ist für Leitung und Teamleitung.");
        }
        String jobcenterId = user.requireJobcenter();
        if (user.has(Roles.MANAGEMENT)) {
            return ofReportingDate(published.stock(jobcenterId));
        }
        String team = user.teamId();
        if (team == null) {
            throw new AccessDenied("TEAM_LEAD_ONLY", "Das Token der Teamleitung enthält kein Team (teamId).");
        }
        refresh.refresh(jobcenterId);
        return transactions.executeRead(status -> {
            long[] total = new long[CaseQuality.COUNTERS];
            List<Line> teams = store.perTeam(jobcenterId, team).stream()
                    .map(counts -> {
                        add(total, counts.values());
                        return line(counts.key(), counts.values(), null, null);
                    })
                    .toList();
            return new Summary(
                    jobcenterId,
                    ledger.today(),
                    null,
                    null,
                    policies.find(jobcenterId)
                            .map(PolicyReference::policyVersion)
                            .orElse(0),
                    line(null, total, null, null),
                    teams,
                    Map.of());
        });
    }

    /** Management's summary from the figures taken for the reporting date. */
    static Summary ofReportingDate(StockFigures stock) {
        Map<String, long[]> teams = new TreeMap<>();
        long[] total = new long[CaseQuality.COUNTERS];
        for (StockFigures.Pair pair : stock.pairs()) {
            long[] counts = teams.computeIfAbsent(pair.teamId(), k -> new long[CaseQuality.COUNTERS]);
            counts[0] += pair.open();
            counts[1] += pair.u25();
        }
        for (StockFigures.TeamCounts team : stock.teams()) {
            long[] counts = teams.computeIfAbsent(team.teamId(), k -> new long[CaseQuality.COUNTERS]);
            counts[2] = team.referred();
            for (Finding f : Finding.values()) {
                counts[3 + f.ordinal()] = team.findings().getOrDefault(f.name(), 0L);
            }
        }
        teams.values().forEach(counts -> add(total, counts));
        List<Line> lines = new ArrayList<>();
        teams.forEach((team, counts) ->
                lines.add(line(team, counts, null, null, stock.withheld(), field -> Figures.team(team, field))));
        Map<String, Cell> rechecks = new TreeMap<>();
        stock.rechecks().forEach((av, n) -> rechecks.put(av, cell(n, stock.withheld(), Figures.recheck(av))));
        long rechecksTotal =
                stock.rechecks().values().stream().mapToLong(Long::longValue).sum();
        return new Summary(
                stock.jobcenterId(),
                stock.reportingDate(),
                stock.reportingDate(),
                stock.takenAt(),
                stock.policyVersion(),
                line(
                        null,
                        total,
                        null,
                        cell(rechecksTotal, stock.withheld(), Figures.jobcenter(Figures.RECHECKS)),
                        stock.withheld(),
                        Figures::jobcenter),
                lines,
                rechecks);
    }

    /**
     * Every Jobcenter's counts of the reporting date, for a MANAGEMENT token with the national reporting
     * scope: read from the counters alone (one row per FM of the country), never from the cases; findings
     * evaluated through the day the refresh job last completed; small counts and their complements withheld.
     */
    public National national(CurrentUser user) {
        if (!user.has(Roles.MANAGEMENT) || !NATIONAL.equals(user.reportingScope())) {
            throw new AccessDenied(
                    "NATIONAL_SCOPE_ONLY",
                    "Die bundesweite Übersicht braucht eine Leitungsrolle mit dem Geltungsbereich NATIONAL (reportingScope).");
        }
        NationalFigures figures = published.national();
        long[] total = new long[CaseQuality.COUNTERS];
        long caseManagers = 0;
        long rechecks = 0;
        List<Line> jobcenters = new ArrayList<>();
        for (NationalFigures.Line l : figures.jobcenters()) {
            long[] counts = new long[CaseQuality.COUNTERS];
            counts[0] = l.openCases();
            counts[1] = l.u25();
            counts[2] = l.referred();
            for (Finding f : Finding.values()) {
                counts[3 + f.ordinal()] = l.findings().getOrDefault(f.name(), 0L);
            }
            add(total, counts);
            caseManagers += l.caseManagers();
            rechecks += l.overdueRechecks();
            jobcenters.add(line(
                    l.jobcenterId(),
                    counts,
                    l.caseManagers(),
                    cell(l.overdueRechecks(), figures.withheld(), Figures.national(l.jobcenterId(), Figures.RECHECKS)),
                    figures.withheld(),
                    field -> Figures.national(l.jobcenterId(), field)));
        }
        return new National(
                figures.evaluatedThrough(),
                figures.reportingDate(),
                figures.takenAt(),
                line(
                        null,
                        total,
                        caseManagers,
                        cell(rechecks, figures.withheld(), Figures.national(null, Figures.RECHECKS)),
                        figures.withheld(),
                        field -> Figures.national(null, field)),
                jobcenters);
    }

    /** Every open case of the team with its findings today (for the supervision sample; not audited here). */
    public List<CaseFindings> allOfTeam(String jobcenterId, String teamId) {
        refresh.refresh(jobcenterId);
        return store.openOfTeam(jobcenterId, teamId).stream()
                .map(CaseFindings::of)
                .toList();
    }

    private static void add(long[] total, long[] values) {
        for (int i = 0; i < values.length && i < total.length; i++) {
            total[i] += values[i];
        }
    }

    /** A live line of a team lead's own team: every count exact. */
    private static Line line(String key, long[] counts, Long caseManagers, Cell overdueRechecks) {
        return line(key, counts, caseManagers, overdueRechecks, Set.of(), field -> "");
    }

    /** A line whose cells are withheld where their identifiers are. */
    private static Line line(
            String key,
            long[] counts,
            Long caseManagers,
            Cell overdueRechecks,
            Set<String> withheld,
            Function<String, String> id) {
        Map<Finding, Cell> cells = new EnumMap<>(Finding.class);
        for (Finding f : Finding.values()) {
            cells.put(f, cell(counts[3 + f.ordinal()], withheld, id.apply(Figures.finding(f.name()))));
        }
        return new Line(
                key,
                cell(counts[0], withheld, id.apply(Figures.OPEN)),
                cell(counts[1], withheld, id.apply(Figures.U25)),
                cell(counts[2], withheld, id.apply(Figures.REFERRED)),
                caseManagers,
                cells,
                overdueRechecks);
    }

    private static Cell cell(long value, Set<String> withheld, String id) {
        return withheld.contains(id) ? Cell.withheld() : Cell.exact(value);
    }
}
