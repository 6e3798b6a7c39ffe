package de.lotse.reporting.quality.application;

import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.policyreference.PolicyReference;
import de.lotse.platform.policyreference.PolicyReferences;
import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.quality.ContactRule;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.quality.domain.CaseStatus;
import de.lotse.reporting.quality.domain.Cell;
import de.lotse.reporting.quality.domain.Finding;
import de.lotse.reporting.quality.domain.QualityStandards;
import de.lotse.reporting.quality.infrastructure.QualityStore;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Quality-standard findings of a Jobcenter against its own policy. A team lead gets the list of the
 * team's cases per finding (ids and FM; names come from intake through the SPA). Management gets
 * counts per team and for the Jobcenter, every cell below 5 suppressed, no case id.
 */
@Singleton
public class QualityService {
    private final QualityStore store;
    private final PolicyReferences policies;
    private final AuditLog audit;
    private final Clock clock;

    QualityService(QualityStore store, PolicyReferences policies, AuditLog audit, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    /** A case of the team with what it lacks. */
    public record CaseFindings(UUID caseId, String caseManagerId, Set<Finding> findings) {
    }

    /** Counts for management: open cases and per finding. */
    public record Line(String teamId, Cell openCases, Map<Finding, Cell> findings) {
    }

    /**
     * @param overdueRechecks non-referrals whose re-check is overdue, per AV team (management only)
     */
    public record Summary(String jobcenterId, LocalDate day, int policyVersion, Line total, List<Line> teams,
                          Map<String, Cell> overdueRechecks) {
    }

    /** The team lead's team: every case with at least one finding (optionally only one finding). */
    @Transactional
    public List<CaseFindings> teamCases(CurrentUser user, Finding only) {
        if (!user.has(Roles.TL) || user.teamId() == null) {
            throw ProblemException.forbidden("TEAM_LEAD_ONLY", "Die Fallliste je Befund ist für die Teamleitung des Teams.");
        }
        List<CaseFindings> cases = new ArrayList<>();
        for (Map.Entry<CaseStatus, Set<Finding>> e : evaluate(user.requireJobcenter(), user.teamId()).entrySet()) {
            Set<Finding> findings = e.getValue();
            if (!findings.isEmpty() && (only == null || findings.contains(only))) {
                cases.add(new CaseFindings(e.getKey().caseId(), e.getKey().caseManagerId(), findings));
            }
        }
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
        Map<CaseStatus, Set<Finding>> evaluated = evaluate(jobcenterId, team);
        Map<String, long[]> perTeam = new TreeMap<>();
        long[] total = new long[Finding.values().length + 1];
        for (Map.Entry<CaseStatus, Set<Finding>> e : evaluated.entrySet()) {
            long[] counts = perTeam.computeIfAbsent(String.valueOf(e.getKey().teamId()),
                    k -> new long[Finding.values().length + 1]);
            counts[0]++;
            total[0]++;
            for (Finding f : e.getValue()) {
                counts[f.ordinal() + 1]++;
                total[f.ordinal() + 1]++;
            }
        }
        List<Line> teams = perTeam.entrySet().stream().map(e -> line(e.getKey(), e.getValue())).toList();
        Map<String, Cell> rechecks = new TreeMap<>();
        if (user.has(Roles.MANAGEMENT)) {
            store.overdueRechecks(jobcenterId, today()).forEach((avTeam, count) -> rechecks.put(avTeam, Cell.of(count)));
        }
        return new Summary(jobcenterId, today(), policies.find(jobcenterId).map(PolicyReference::policyVersion).orElse(0),
                line(null, total), teams, rechecks);
    }

    /** Every open case of the team with its findings today (for the supervision sample; not audited here). */
    public List<CaseFindings> allOfTeam(String jobcenterId, String teamId) {
        return evaluate(jobcenterId, teamId).entrySet().stream()
                .map(e -> new CaseFindings(e.getKey().caseId(), e.getKey().caseManagerId(), e.getValue())).toList();
    }

    private Map<CaseStatus, Set<Finding>> evaluate(String jobcenterId, String teamId) {
        QualityStandards standards = standards(jobcenterId);
        LocalDate today = today();
        List<CaseStatus> open = store.openCases(jobcenterId, teamId);
        List<UUID> ids = open.stream().map(CaseStatus::caseId).toList();
        Map<UUID, List<LocalDate>> contacts = store.countedContacts(ids);
        Set<UUID> agh = store.aghRunning(ids, today);
        Map<CaseStatus, Set<Finding>> result = new java.util.LinkedHashMap<>();
        for (CaseStatus c : open) {
            result.put(c, standards.check(c, contacts.getOrDefault(c.caseId(), List.of()), agh.contains(c.caseId()), today));
        }
        return result;
    }

    private QualityStandards standards(String jobcenterId) {
        return policies.find(jobcenterId).map(p -> new QualityStandards(ContactRule.of(p).orElse(null),
                        p.intSetting("continuationReviewMonths").orElse(6), p.flag("aghContinuesBeyondMaxDuration")))
                .orElse(new QualityStandards(null, 6, false));
    }

    private static Line line(String teamId, long[] counts) {
        Map<Finding, Cell> cells = new EnumMap<>(Finding.class);
        for (Finding f : Finding.values()) {
            cells.put(f, Cell.of(counts[f.ordinal() + 1]));
        }
        return new Line(teamId, Cell.of(counts[0]), cells);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin"));
    }
}
