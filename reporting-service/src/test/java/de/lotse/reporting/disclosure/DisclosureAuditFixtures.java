package de.lotse.reporting.disclosure;

import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.reporting.ReportingFixtures;
import io.micronaut.http.HttpRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static de.lotse.reporting.ReportingFixtures.Fact.CLOSED;
import static de.lotse.reporting.ReportingFixtures.Fact.OPENED;

/**
 * The disclosure audit's data and what management's answers publish: a generated Jobcenter (teams, case
 * managers, admissions and closures over many months, findings, waiting referrals, overdue re-checks, with
 * the edge cases) whose cases the test knows, fed through the broker; and the collection of every figure the
 * answers publish or withhold, read from JSON and CSV alike.
 */
abstract class DisclosureAuditFixtures extends ReportingFixtures {
    /** A day of its own, before the other tests' day: its reporting date's figures are taken here first. */
    static final LocalDate DAY = LocalDate.of(2026, 2, 10);

    static final LocalDate REPORTING_DATE = DAY.minusDays(1);
    static final Map<String, String> POLICY = Map.of(
            "caseloadRatio.maxUe25",
            "60",
            "caseloadRatio.maxU25",
            "40",
            "caseloadRatio.targetMin",
            "45",
            "caseloadRatio.includesLeadsAndAssistants",
            "false",
            "continuationReviewMonths",
            "6");
    static final String[] ROUTES = {"AV", "SELF", "OTHER"};
    static final String[] REASONS = {"EMPLOYMENT", "TRAINING", "MOVED", "OTHER"};

    /** One generated case, as the test knows it. */
    record Case(
            UUID id,
            String team,
            String caseManager,
            boolean u25,
            String route,
            LocalDate admittedOn,
            LocalDate maxDurationEndsOn,
            LocalDate firstConsultationDueOn,
            String closure,
            LocalDate closedOn,
            long durationDays) {
        boolean open() {
            return closure == null;
        }

        boolean integration() {
            return "EMPLOYMENT".equals(closure) || "TRAINING".equals(closure);
        }

        Set<String> findings() {
            Set<String> findings = new TreeSet<>();
            if (admittedOn.plusMonths(6).isBefore(DAY)) {
                findings.add("REVIEW_OVERDUE");
            }
            if (maxDurationEndsOn.isBefore(DAY)) {
                findings.add("MAX_DURATION_EXCEEDED");
            }
            if (firstConsultationDueOn.isBefore(DAY)) {
                findings.add("FIRST_CONSULTATION_MISSED");
            }
            return findings;
        }
    }

    final List<Case> cases = new ArrayList<>();
    /** waiting referrals per team: [waiting, of them past the assignment deadline] */
    final Map<String, int[]> referrals = new TreeMap<>();

    final Map<String, Integer> rechecks = new TreeMap<>();

    @Override
    protected void onNewJobcenter() {
        clock.set(DAY);
    }

    // --- the data set -------------------------------------------------------------------------------------

    /**
     * Three more Jobcenters with small lines: three open cases; nine with two U25 and a waiting referral;
     * twelve with two Ü25 (so its own answers withhold its U25, which the national view must withhold too).
     */
    List<String> smallJobcenters() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        List<String> ids = List.of("jc-three-" + suffix, "jc-nine-" + suffix, "jc-twelve-" + suffix);
        int[][] lines = {{1, 2, 0}, {2, 7, 1}, {10, 2, 0}};
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            int[] line = lines[j];
            for (int i = 0; i < line[0] + line[1]; i++) {
                UUID caseId = UUID.randomUUID();
                LocalDate admitted = DAY.minusDays(40 + i);
                upstream.publish(
                        id,
                        caseId,
                        EventFixtures.caseOpened()
                                .caseId(caseId)
                                .caseManagerId("fm-" + (i % 2))
                                .ageGroup(i < line[0] ? "U25" : "UE25")
                                .policyVersion(3)
                                .admittedOn(admitted)
                                .admittedAt(at(admitted))
                                .firstConsultationDueOn(DAY.plusDays(30))
                                .durationStartOn(admitted)
                                .maxDurationEndsOn(DAY.plusYears(1))
                                .build());
            }
            for (int i = 0; i < line[2]; i++) {
                UUID caseId = UUID.randomUUID();
                upstream.publish(
                        id,
                        caseId,
                        EventFixtures.caseReferred()
                                .caseId(caseId)
                                .policyVersion(3)
                                .referredAt(at(DAY.minusDays(20)))
                                .secondaryAssignmentDueOn(DAY.plusDays(5))
                                .build());
            }
            long expected = line[0] + line[1] + line[2];
            awaitProjected(() -> qualityRowsOf(id) == expected);
        }
        return ids;
    }

    /**
     * 114 cases of one Jobcenter, admitted over six months before the reporting date, some closed;
     * referrals waiting for an FM; non-referrals with overdue re-checks. The same seed gives the same set.
     */
    void generate() {
        cases.clear();
        referrals.clear();
        rechecks.clear();
        policy(3, LocalDate.of(2025, 1, 1), POLICY);
        Random random = new Random(15);
        // team-a: three case managers; team-b: two and fm-a3 (cases transferred earlier); team-c: three open
        // cases; team-d: only closed cases
        addCases(random, "team-a", List.of("fm-a1", "fm-a2", "fm-a3"), 64, 0.35);
        addCases(random, "team-b", List.of("fm-b1", "fm-b2", "fm-a3"), 40, 0.15);
        addCases(random, "team-c", List.of("fm-c1"), 3, 0.3);
        addCases(random, "team-d", List.of("fm-d1"), 7, 0.2);
        for (Case c : cases) {
            if (c.team().equals("team-d") && c.open()) {
                cases.set(cases.indexOf(c), close(c, "MOVED", c.admittedOn().plusDays(20)));
            }
        }
        for (Case c : cases) {
            publishCase(c);
        }
        referrals.put("team-a", new int[] {6, 2});
        referrals.put("team-b", new int[] {1, 0});
        referrals.forEach((team, n) -> {
            for (int i = 0; i < n[0]; i++) {
                UUID caseId = UUID.randomUUID();
                LocalDate due = i < n[1] ? DAY.minusDays(10) : DAY.plusDays(5);
                upstream.publish(
                        jobcenter,
                        caseId,
                        EventFixtures.caseReferred()
                                .caseId(caseId)
                                .teamId(team)
                                .policyVersion(3)
                                .referredAt(at(DAY.minusDays(20)))
                                .secondaryAssignmentDueOn(due)
                                .build());
            }
        });
        rechecks.put("team-av1", 7);
        rechecks.put("team-av2", 2);
        rechecks.forEach((avTeam, n) -> {
            for (int i = 0; i < n; i++) {
                UUID id = UUID.randomUUID();
                upstream.publish(
                        jobcenter,
                        id,
                        nonReferral(id, avTeam)
                                .recheckDueOn(DAY.minusDays(30))
                                .recordedAt(at(DAY.minusMonths(7)))
                                .build());
            }
        });
        long open = cases.stream().filter(Case::open).count();
        long waiting = referrals.values().stream().mapToInt(n -> n[0]).sum();
        long overdue = rechecks.values().stream().mapToInt(Integer::intValue).sum();
        // management's figures are taken once, at its first request: every case must be in the read model by then
        awaitProjected(() -> openCasesOf(jobcenter) == open
                // a closure may arrive before its opening (another consumer): count it once its team is known
                && jobcenterCasesWith(OPENED, CLOSED) == cases.size() - open
                && qualityRowsOf(jobcenter) == open + waiting
                && nonReferralsOf(jobcenter) == overdue);
    }

    void addCases(Random random, String team, List<String> caseManagers, int n, double closedShare) {
        for (int i = 0; i < n; i++) {
            // team-b: fm-b1 and fm-b2 in turn, every ninth case fm-a3's
            String caseManager = team.equals("team-b")
                    ? caseManagers.get(i % 9 == 0 ? 2 : i % 2)
                    : caseManagers.get(i % caseManagers.size());
            LocalDate admitted = DAY.minusDays(12 + random.nextInt(170));
            boolean u25 = random.nextInt(100) < (team.equals("team-b") ? 6 : 30);
            String route = ROUTES[random.nextInt(100) < 70 ? 0 : random.nextInt(100) < 75 ? 1 : 2];
            LocalDate maxEnd = random.nextInt(100) < 8 ? DAY.minusDays(3) : DAY.plusYears(1);
            LocalDate firstConsultation = random.nextInt(100) < 10 ? DAY.minusDays(2) : DAY.plusDays(30);
            Case c = new Case(
                    UUID.randomUUID(),
                    team,
                    caseManager,
                    u25,
                    route,
                    admitted,
                    maxEnd,
                    firstConsultation,
                    null,
                    null,
                    0);
            if (random.nextDouble() < closedShare) {
                LocalDate closed = admitted.plusDays(5 + random.nextInt(160));
                if (closed.isAfter(REPORTING_DATE)) {
                    closed = REPORTING_DATE.minusDays(random.nextInt(5));
                }
                if (!closed.isBefore(admitted)) {
                    c = close(c, REASONS[random.nextInt(REASONS.length)], closed);
                }
            }
            cases.add(c);
        }
    }

    static Case close(Case c, String reason, LocalDate closedOn) {
        return new Case(
                c.id(),
                c.team(),
                c.caseManager(),
                c.u25(),
                c.route(),
                c.admittedOn(),
                c.maxDurationEndsOn(),
                c.firstConsultationDueOn(),
                reason,
                closedOn,
                closedOn.toEpochDay() - c.admittedOn().toEpochDay());
    }

    void publishCase(Case c) {
        upstream.publish(
                jobcenter,
                c.id(),
                EventFixtures.caseOpened()
                        .caseId(c.id())
                        .teamId(c.team())
                        .caseManagerId(c.caseManager())
                        .route(c.route())
                        .ageGroup(c.u25() ? "U25" : "UE25")
                        .policyVersion(3)
                        .admittedOn(c.admittedOn())
                        .admittedAt(at(c.admittedOn()))
                        .firstConsultationDueOn(c.firstConsultationDueOn())
                        .durationStartOn(c.admittedOn())
                        .maxDurationEndsOn(c.maxDurationEndsOn())
                        .build());
        if (!c.open()) {
            upstream.publish(
                    jobcenter,
                    c.id(),
                    EventFixtures.caseClosed()
                            .caseId(c.id())
                            .reasonCode(c.closure())
                            .closedOn(c.closedOn())
                            .durationDays(c.durationDays())
                            .closedAt(at(c.closedOn()))
                            .integration(c.integration())
                            .handoverRecorded(false)
                            .policyVersion(3)
                            .build());
        }
    }

    // --- reading the answers -------------------------------------------------------------------------------

    Map<String, Object> get(String path, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), JSON_OBJECT);
    }

    String csv(String path, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token));
    }
}
