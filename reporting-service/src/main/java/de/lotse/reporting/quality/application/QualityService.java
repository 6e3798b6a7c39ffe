package de.lotse.reporting.quality.application;

import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.policyreference.PolicyReference;
import de.lotse.platform.policyreference.PolicyReferences;
import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.quality.domain.CaseQuality;
import de.lotse.reporting.quality.domain.Cell;
import de.lotse.reporting.quality.domain.Finding;
import de.lotse.reporting.quality.infrastructure.QualityStore;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Quality-standard findings of a Jobcenter against its own policy, read from the findings kept per
 * case and the counters kept with them (see {@link QualityLedger}). A team lead gets the list of the
 * team's cases per finding (ids and FM; names come from intake through the SPA). Management gets
 * counts per team and for the Jobcenter, the national view counts per Jobcenter — every cell below 5
 * suppressed, no case id.
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

    QualityService(QualityStore store, QualityRefresh refresh, QualityLedger ledger, PolicyReferences policies,
                   AuditLog audit) {
        this.store = store;
        this.refresh = refresh;
        this.ledger = ledger;
        this.policies = policies;
        this.audit = audit;
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
    public record Line(String key, Cell openCases, Cell u25, Cell referred, Long caseManagers,
                       Map<Finding, Cell> findings, Cell overdueRechecks) {
    }

    /**
     * @param overdueRechecks non-referrals whose re-check is overdue, per AV team (management only)
     */
    public record Summary(String jobcenterId, LocalDate day, int policyVersion, Line total, List<Line> teams,
                          Map<String, Cell> overdueRechecks) {
    }

    /** The country: one line per Jobcenter, evaluated through {@code day} (the refresh job's last run). */
    public record National(LocalDate day, Line total, List<Line> jobcenters) {
    }

    /** The team lead's team: every case with at least one finding (optionally only one finding). */
    @Transactional
    public List<CaseFindings> teamCases(CurrentUser user, Finding only) {
        if (!user.has(Roles.TL) || user.teamId() == null) {
            throw ProblemException.forbidden("TEAM_LEAD_ONLY", "Die Fallliste je Befund ist für die Teamleitung des Teams.");
        }
        String jobcenterId = user.requireJobcenter();
        refresh.refresh(jobcenterId);
        List<CaseFindings> cases = store.withFindings(jobcenterId, user.teamId(), only).stream()
                .map(CaseFindings::of).toList();
        audit.recordCaseList(user, "quality-findings", cases.stream().map(CaseFindings::caseId).toList(), "Aufsicht");
        return cases;
    }

    /** Aggregates for management (and team leads): no case ids, small cells suppressed. */
    @Transactional
    public Summary summary(CurrentUser user) {
        if (!user.has(Roles.MANAGEMENT) && !user.has(Roles.TL)) {
            throw ProblemException.forbidden("LIST_NOT_FOR_ROLE", "Die Übersicht ist für Leitung und Teamleitung.");
        }
        String jobcenterId = user.requireJobcenter();
        String team = user.has(Roles.MANAGEMENT) ? null : user.teamId();
        if (team == null && !user.has(Roles.MANAGEMENT)) {
            throw ProblemException.forbidden("TEAM_LEAD_ONLY", "Das Token der Teamleitung enthält kein Team (teamId).");
        }
        refresh.refresh(jobcenterId);
        long[] total = new long[CaseQuality.COUNTERS];
        List<Line> teams = store.perTeam(jobcenterId, team).stream().map(counts -> {
            add(total, counts.values());
            return line(counts.key(), counts.values(), null, null);
        }).toList();
        Map<String, Cell> rechecks = new TreeMap<>();
        LocalDate today = ledger.today();
        Cell rechecksTotal = null;
        if (user.has(Roles.MANAGEMENT)) {
            Map<String, Long> perAvTeam = store.overdueRechecks(jobcenterId, today);
            perAvTeam.forEach((avTeam, count) -> rechecks.put(avTeam, Cell.of(count)));
            rechecksTotal = Cell.of(perAvTeam.values().stream().mapToLong(Long::longValue).sum());
        }
        return new Summary(jobcenterId, today, policies.find(jobcenterId).map(PolicyReference::policyVersion).orElse(0),
                line(null, total, null, rechecksTotal), teams, rechecks);
    }

    /**
     * Every Jobcenter's counts, for a MANAGEMENT token with the national reporting scope. Read from the
     * counters alone (one row per FM of the country), never from the cases; evaluated through the day
     * the refresh job last completed.
     */
    @Transactional
    public National national(CurrentUser user) {
        if (!user.has(Roles.MANAGEMENT) || !NATIONAL.equals(user.reportingScope())) {
            throw ProblemException.forbidden("NATIONAL_SCOPE_ONLY",
                    "Die bundesweite Übersicht braucht eine Leitungsrolle mit dem Geltungsbereich NATIONAL (reportingScope).");
        }
        Optional<LocalDate> refreshedOn = store.refreshedOn();
        // the re-checks as of the same day as the findings
        Map<String, Long> rechecks = store.overdueRechecksPerJobcenter(refreshedOn.orElseGet(ledger::today));
        Map<String, long[]> counters = new TreeMap<>();
        store.perJobcenter().forEach(counts -> counters.put(counts.key(), counts.values()));
        // a Jobcenter with non-referrals but no case yet still has a line
        rechecks.keySet().forEach(jobcenterId -> counters.putIfAbsent(jobcenterId, new long[CaseQuality.COUNTERS + 1]));
        long[] total = new long[CaseQuality.COUNTERS + 1];
        long rechecksTotal = 0;
        List<Line> jobcenters = new ArrayList<>();
        for (Map.Entry<String, long[]> counts : counters.entrySet()) {
            add(total, counts.getValue());
            long overdue = rechecks.getOrDefault(counts.getKey(), 0L);
            rechecksTotal += overdue;
            jobcenters.add(line(counts.getKey(), counts.getValue(), counts.getValue()[CaseQuality.COUNTERS],
                    Cell.of(overdue)));
        }
        return new National(refreshedOn.orElse(null), line(null, total, total[CaseQuality.COUNTERS],
                Cell.of(rechecksTotal)), jobcenters);
    }

    /** Every open case of the team with its findings today (for the supervision sample; not audited here). */
    public List<CaseFindings> allOfTeam(String jobcenterId, String teamId) {
        refresh.refresh(jobcenterId);
        return store.openOfTeam(jobcenterId, teamId).stream().map(CaseFindings::of).toList();
    }

    private static void add(long[] total, long[] values) {
        for (int i = 0; i < values.length && i < total.length; i++) {
            total[i] += values[i];
        }
    }

    private static Line line(String key, long[] counts, Long caseManagers, Cell overdueRechecks) {
        Map<Finding, Cell> cells = new EnumMap<>(Finding.class);
        for (Finding f : Finding.values()) {
            cells.put(f, Cell.of(counts[3 + f.ordinal()]));
        }
        return new Line(key, Cell.of(counts[0]), Cell.of(counts[1]), Cell.of(counts[2]),
                caseManagers, cells, overdueRechecks);
    }
}
