package de.lotse.reporting.snapshots.application;

import de.lotse.reporting.caseload.domain.CaseloadLine;
import de.lotse.reporting.caseload.domain.CaseloadRatio;
import de.lotse.reporting.caseload.domain.RatioStatus;
import de.lotse.reporting.disclosure.application.FlowFigures;
import de.lotse.reporting.disclosure.application.StockFigures;
import de.lotse.reporting.disclosure.domain.Figures;
import de.lotse.reporting.disclosure.domain.LinkedTables;
import de.lotse.reporting.disclosure.domain.Protection;
import de.lotse.reporting.quality.domain.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static de.lotse.reporting.disclosure.domain.Figures.OPEN;
import static de.lotse.reporting.disclosure.domain.Figures.RECHECKS;
import static de.lotse.reporting.disclosure.domain.Figures.REFERRED;
import static de.lotse.reporting.disclosure.domain.Figures.U25;
import static de.lotse.reporting.disclosure.domain.Figures.UE25;

/**
 * Everything a Jobcenter's management can obtain for one reporting date, as linked tables
 * ({@link LinkedTables}): the caseload per case manager and per team with the Jobcenter's total, the quality
 * summary per team, the overdue re-checks per AV team, and the outcomes of every month of the window, per
 * team and key with their sums — and the relations between them that anyone may know:
 * <ul>
 *   <li>every total is the sum of its lines, every line's open cases are its U25 plus Ü25, every sum over
 *   keys is the sum of the keys (JSON and CSV show the same cells);</li>
 *   <li>a case manager's line and a team's line are linked through the cases of that case manager in that
 *   team (hidden; management may know who works in which team, so each such pair holds at least one case);</li>
 *   <li>a finding counts at most the line's open cases (the assignment deadline: its waiting referrals),
 *   integrations at most the closures of the same reason, improved co-ratings at most the re-rated, sustained
 *   integrations at most the sustainability checks of the same point in time;</li>
 *   <li>each published rating (over, within, under the ratio) bounds the line's U25 and Ü25;</li>
 *   <li>a team's open cases are its admissions minus its closures since the window's start plus what it
 *   held before (stock and flows: all of a team's monthly flows add up to its stock); where they add up
 *   exactly, the attacker is taken to know it.</li>
 * </ul>
 */
final class JobcenterModel {
    /** Closure durations in classes (OutcomeStore). */
    static final List<String> DURATION_CLASSES = List.of("0-6", "6-12", "12-24", "24-36", "36+");

    private static final String CLOSURES = "CLOSURES";
    private static final String DURATION = "DURATION";
    private static final String INTEGRATIONS = "INTEGRATIONS";
    private static final String ADMISSIONS = "ADMISSIONS";
    private static final String RATED = "CO_RATING_RATED";
    private static final Set<String> SINGLE_KEY = Set.of(
            "NEEDS_RESOLVED",
            "CATEGORY_UPGRADES",
            RATED,
            "CO_RATING_IMPROVED",
            "CO_RATING_CHANGE",
            "CONSULTATIONS",
            "SUSTAINABILITY_CHECKS_6",
            "SUSTAINED_INTEGRATIONS_6",
            "SUSTAINABILITY_CHECKS_12",
            "SUSTAINED_INTEGRATIONS_12");
    /** Sustained integrations count within the checks of the same point in time (docs/domain.md §16.2). */
    private static final Map<String, String> SUSTAINED_WITHIN = Map.of(
            "SUSTAINED_INTEGRATIONS_6",
            "SUSTAINABILITY_CHECKS_6",
            "SUSTAINED_INTEGRATIONS_12",
            "SUSTAINABILITY_CHECKS_12");

    /** The tables and every outcome row management can read (with the zeros a withheld population adds). */
    record Built(LinkedTables tables, List<FlowFigures.Flow> flows) {}

    private JobcenterModel() {}

    static Built build(StockFigures stock, List<FlowFigures.Flow> flows) {
        LinkedTables tables = new LinkedTables();
        CaseloadRatio ratio = Snapshots.ratio(stock.ratio());
        stock(tables, stock, ratio);
        List<FlowFigures.Flow> complete = complete(flows);
        flows(tables, complete);
        stockAndFlows(tables, stock, complete);
        return new Built(tables, complete);
    }

    private static void stock(LinkedTables t, StockFigures stock, CaseloadRatio ratio) {
        Map<String, List<StockFigures.Pair>> byTeam = new TreeMap<>();
        Map<String, List<StockFigures.Pair>> byCaseManager = new TreeMap<>();
        for (StockFigures.Pair pair : stock.pairs()) {
            byTeam.computeIfAbsent(pair.teamId(), k -> new ArrayList<>()).add(pair);
            byCaseManager
                    .computeIfAbsent(pair.caseManagerId(), k -> new ArrayList<>())
                    .add(pair);
            String u = Figures.pair(pair.teamId(), pair.caseManagerId(), U25);
            String e = Figures.pair(pair.teamId(), pair.caseManagerId(), UE25);
            t.hidden(u, pair.u25())
                    .hidden(e, pair.ue25())
                    .relation(
                            "a case of " + pair.caseManagerId() + " in " + pair.teamId(),
                            Map.of(u, -1L, e, -1L),
                            false,
                            -1);
        }
        Map<String, StockFigures.TeamCounts> counts = new TreeMap<>();
        stock.teams().forEach(c -> counts.put(c.teamId(), c));
        Set<String> teams = new TreeSet<>(byTeam.keySet());
        teams.addAll(counts.keySet());

        byCaseManager.forEach((fm, pairs) -> {
            line(t, id -> Figures.caseManager(fm, id), pairs, ratio, 1);
            t.atLeast(Figures.caseManager(fm, OPEN), 1);
            t.sum(
                    "U25 of " + fm,
                    Figures.caseManager(fm, U25),
                    pairs.stream().map(p -> Figures.pair(p.teamId(), fm, U25)).toList());
            t.sum(
                    "Ü25 of " + fm,
                    Figures.caseManager(fm, UE25),
                    pairs.stream().map(p -> Figures.pair(p.teamId(), fm, UE25)).toList());
        });
        for (String team : teams) {
            List<StockFigures.Pair> pairs = byTeam.getOrDefault(team, List.of());
            line(t, id -> Figures.team(team, id), pairs, ratio, pairs.size());
            t.sum(
                    "U25 of " + team,
                    Figures.team(team, U25),
                    pairs.stream()
                            .map(p -> Figures.pair(team, p.caseManagerId(), U25))
                            .toList());
            t.sum(
                    "Ü25 of " + team,
                    Figures.team(team, UE25),
                    pairs.stream()
                            .map(p -> Figures.pair(team, p.caseManagerId(), UE25))
                            .toList());
            StockFigures.TeamCounts c = counts.get(team);
            quality(t, id -> Figures.team(team, id), c == null ? 0 : c.referred(), c == null ? Map.of() : c.findings());
        }
        long distinctCaseManagers = byCaseManager.size();
        line(t, Figures::jobcenter, stock.pairs(), ratio, distinctCaseManagers);
        long referred = counts.values().stream()
                .mapToLong(StockFigures.TeamCounts::referred)
                .sum();
        Map<String, Long> findings = new LinkedHashMap<>();
        for (Finding f : Finding.values()) {
            findings.put(
                    f.name(),
                    counts.values().stream()
                            .mapToLong(c -> c.findings().getOrDefault(f.name(), 0L))
                            .sum());
        }
        quality(t, Figures::jobcenter, referred, findings);
        for (String field : columns()) {
            t.sum(
                    "Jobcenter " + field,
                    Figures.jobcenter(field),
                    teams.stream().map(team -> Figures.team(team, field)).toList());
        }
        Map<String, Long> rechecks = new TreeMap<>(stock.rechecks());
        rechecks.forEach((av, n) -> t.figure(Figures.recheck(av), n));
        t.figure(
                        Figures.jobcenter(RECHECKS),
                        rechecks.values().stream().mapToLong(Long::longValue).sum())
                .sum(
                        "re-checks",
                        Figures.jobcenter(RECHECKS),
                        rechecks.keySet().stream().map(Figures::recheck).toList());
        // the Jobcenter's line is published by the national view too: never withheld for another figure's sake;
        // its Ü25 may be, its U25 only where its Ü25 is small (the national view then withholds that U25 as well)
        for (String field : columns()) {
            t.tier(Figures.jobcenter(field), LinkedTables.Tier.NEVER);
        }
        t.tier(Figures.jobcenter(RECHECKS), LinkedTables.Tier.NEVER);
        t.tier(Figures.jobcenter(UE25), LinkedTables.Tier.MARGIN);
        long ue25 = t.quantity(Figures.jobcenter(UE25)).value();
        if (Protection.primary(ue25)) {
            t.tier(Figures.jobcenter(U25), LinkedTables.Tier.MARGIN);
        }
    }

    /** The columns summed over teams into the Jobcenter's line. */
    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(OPEN, U25, UE25, REFERRED));
        for (Finding f : Finding.values()) {
            columns.add(Figures.finding(f.name()));
        }
        return columns;
    }

    /** A caseload line: open cases = U25 + Ü25, the ages within the open cases, the rating's bounds. */
    private static void line(
            LinkedTables t,
            java.util.function.Function<String, String> id,
            List<StockFigures.Pair> pairs,
            CaseloadRatio ratio,
            long caseManagers) {
        long u = pairs.stream().mapToLong(StockFigures.Pair::u25).sum();
        long e = pairs.stream().mapToLong(StockFigures.Pair::ue25).sum();
        t.figure(id.apply(OPEN), u + e)
                .figure(id.apply(U25), u)
                .figure(id.apply(UE25), e)
                .sum("ages of " + id.apply(OPEN), id.apply(OPEN), List.of(id.apply(U25), id.apply(UE25)))
                .within(id.apply(U25), id.apply(OPEN))
                .within(id.apply(UE25), id.apply(OPEN));
        if (ratio != null && caseManagers > 0) {
            rating(t, id.apply(U25), id.apply(UE25), u, e, caseManagers, ratio);
        }
    }

    /**
     * The published rating as bounds on the line's U25 and Ü25, exactly as {@link CaseloadRatio#assess}
     * decides it (share = u25 × maxUe25 + ue25 × maxU25 against the case managers' capacity).
     */
    static void rating(
            LinkedTables t, String u, String e, long u25, long ue25, long caseManagers, CaseloadRatio ratio) {
        RatioStatus status = ratio.assess(new CaseloadLine(null, u25 + ue25, u25, ue25, caseManagers))
                .status();
        long limitU25 = ratio.maxU25() == null ? 1 : ratio.maxU25();
        long limitUe25 = ratio.maxUe25() == null ? 1 : ratio.maxUe25();
        long cu = ratio.maxU25() == null ? 0 : limitUe25;
        long ce = ratio.maxUe25() == null ? 0 : limitU25;
        long capacity = limitU25 * limitUe25 * caseManagers;
        long reference = ratio.maxUe25() != null ? ratio.maxUe25() : ratio.maxU25();
        String name = "rating " + status + " of " + u;
        switch (status) {
            case OVER -> t.relation(name, terms(u, -cu, e, -ce), false, -(capacity + 1));
            case UNDER ->
                t.relation(name, terms(u, cu * reference, e, ce * reference), false, ratio.targetMin() * capacity - 1);
            case WITHIN -> {
                t.relation(name, terms(u, cu, e, ce), false, capacity);
                if (ratio.targetMin() != null) {
                    t.relation(
                            name + " (minimum)",
                            terms(u, -cu * reference, e, -ce * reference),
                            false,
                            -ratio.targetMin() * capacity);
                }
            }
            case NONE -> t.relation(name, terms(u, cu, e, ce), true, 0);
        }
    }

    private static Map<String, Long> terms(String u, long cu, String e, long ce) {
        Map<String, Long> terms = new LinkedHashMap<>();
        terms.put(u, cu);
        terms.put(e, ce);
        return terms;
    }

    /** Referrals waiting and findings of a line; a finding counts within the line's open cases (or referrals). */
    private static void quality(
            LinkedTables t, java.util.function.Function<String, String> id, long referred, Map<String, Long> findings) {
        t.figure(id.apply(REFERRED), referred);
        for (Finding f : Finding.values()) {
            String figure = id.apply(Figures.finding(f.name()));
            String population = id.apply(f == Finding.SECONDARY_ASSIGNMENT_MISSED ? REFERRED : OPEN);
            t.figure(figure, findings.getOrDefault(f.name(), 0L))
                    .within(figure, population)
                    .atMost(f.name() + " within " + population, figure, population);
        }
    }

    /**
     * The rows management reads plus, within every withheld population, a withheld 0 for each key the
     * population does not have (a missing row would say "none of these few").
     */
    static List<FlowFigures.Flow> complete(List<FlowFigures.Flow> flows) {
        Map<String, FlowFigures.Flow> rows = new TreeMap<>();
        Map<String, Set<String>> keys = new TreeMap<>();
        for (FlowFigures.Flow flow : flows) {
            if (DURATION.equals(flow.metric()) && flow.key() == null) {
                continue;
            }
            rows.put(flow.id(), flow);
            if (flow.key() != null) {
                keys.computeIfAbsent(flow.metric(), k -> new TreeSet<>()).add(flow.key());
            }
        }
        keys.computeIfAbsent(DURATION, k -> new TreeSet<>()).addAll(DURATION_CLASSES);
        boolean added = true;
        while (added) {
            added = false;
            for (FlowFigures.Flow population : List.copyOf(rows.values())) {
                if (!sensitive(population, rows)) {
                    continue;
                }
                for (FlowFigures.Flow child : children(population, keys, rows)) {
                    if (!rows.containsKey(child.id())) {
                        rows.put(child.id(), child);
                        added = true;
                    }
                }
            }
        }
        return List.copyOf(rows.values());
    }

    /** 1–4 customers, or within such a population. */
    private static boolean sensitive(FlowFigures.Flow flow, Map<String, FlowFigures.Flow> rows) {
        if (Protection.primary(flow.customers())) {
            return true;
        }
        for (String population : populations(flow)) {
            FlowFigures.Flow p = rows.get(population);
            if (p != null && sensitive(p, rows)) {
                return true;
            }
        }
        return false;
    }

    /** The rows a row counts within. */
    private static List<String> populations(FlowFigures.Flow flow) {
        List<String> populations = new ArrayList<>();
        if (flow.key() != null && !SINGLE_KEY.contains(flow.metric())) {
            populations.add(Figures.flow(
                    DURATION.equals(flow.metric()) ? CLOSURES : flow.metric(), flow.month(), flow.teamId(), null));
        }
        if (INTEGRATIONS.equals(flow.metric())) {
            populations.add(Figures.flow(CLOSURES, flow.month(), flow.teamId(), flow.key()));
        }
        if (flow.metric().startsWith("CO_RATING_") && !RATED.equals(flow.metric())) {
            populations.add(Figures.flow(RATED, flow.month(), flow.teamId(), flow.key()));
        }
        if (SUSTAINED_WITHIN.containsKey(flow.metric())) {
            populations.add(Figures.flow(SUSTAINED_WITHIN.get(flow.metric()), flow.month(), flow.teamId(), flow.key()));
        }
        return populations;
    }

    /**
     * Zero rows that belong within a population: its keys, the closures' durations and integrations — but no
     * integration of a reason without closures (that 0 follows from the closures' own 0).
     */
    private static List<FlowFigures.Flow> children(
            FlowFigures.Flow p, Map<String, Set<String>> keys, Map<String, FlowFigures.Flow> rows) {
        List<FlowFigures.Flow> children = new ArrayList<>();
        if (p.key() == null && !SINGLE_KEY.contains(p.metric())) {
            for (String key : keys.getOrDefault(p.metric(), Set.of())) {
                if (INTEGRATIONS.equals(p.metric())
                        && !rows.containsKey(Figures.flow(CLOSURES, p.month(), p.teamId(), key))) {
                    continue;
                }
                children.add(new FlowFigures.Flow(p.metric(), p.month(), p.teamId(), key, 0, 0));
            }
            if (CLOSURES.equals(p.metric())) {
                for (String key : keys.get(DURATION)) {
                    children.add(new FlowFigures.Flow(DURATION, p.month(), p.teamId(), key, 0, 0));
                }
            }
        }
        if (CLOSURES.equals(p.metric()) && keys.containsKey(INTEGRATIONS)) {
            children.add(new FlowFigures.Flow(INTEGRATIONS, p.month(), p.teamId(), p.key(), 0, 0));
        }
        return children;
    }

    private static void flows(LinkedTables t, List<FlowFigures.Flow> flows) {
        Map<String, FlowFigures.Flow> rows = new LinkedHashMap<>();
        for (FlowFigures.Flow flow : flows) {
            rows.put(flow.id(), flow);
            t.figure(flow.id(), flow.value(), flow.customers());
            if ("CO_RATING_CHANGE".equals(flow.metric())) {
                t.free(flow.id());
            }
            if (flow.teamId() == null) {
                t.tier(flow.id(), LinkedTables.Tier.MARGIN);
            }
        }
        Map<String, List<String>> byTeams = new TreeMap<>();
        Map<String, List<String>> byKeys = new TreeMap<>();
        for (FlowFigures.Flow flow : flows) {
            String metric = DURATION.equals(flow.metric()) ? CLOSURES + "/" + DURATION : flow.metric();
            if (flow.teamId() != null) {
                byTeams.computeIfAbsent(
                                Figures.flow(flow.metric(), flow.month(), null, flow.key()), k -> new ArrayList<>())
                        .add(flow.id());
            }
            if (flow.key() != null && !SINGLE_KEY.contains(flow.metric())) {
                byKeys.computeIfAbsent(
                                metric + "|"
                                        + Figures.flow(
                                                CLOSURES.equals(flow.metric()) || DURATION.equals(flow.metric())
                                                        ? CLOSURES
                                                        : flow.metric(),
                                                flow.month(),
                                                flow.teamId(),
                                                null),
                                k -> new ArrayList<>())
                        .add(flow.id());
            }
            for (String population : populations(flow)) {
                if (rows.containsKey(population)) {
                    t.within(flow.id(), population);
                }
            }
            if (INTEGRATIONS.equals(flow.metric())
                    || "CO_RATING_IMPROVED".equals(flow.metric())
                    || SUSTAINED_WITHIN.containsKey(flow.metric())) {
                String whole = Figures.flow(
                        INTEGRATIONS.equals(flow.metric())
                                ? CLOSURES
                                : SUSTAINED_WITHIN.getOrDefault(flow.metric(), RATED),
                        flow.month(),
                        flow.teamId(),
                        flow.key());
                if (!rows.containsKey(whole)) {
                    throw new IllegalStateException(flow.id() + " without " + whole);
                }
                t.atMost(flow.id() + " within " + whole, flow.id(), whole);
            }
        }
        byTeams.forEach((total, teams) -> {
            if (rows.containsKey(total)) {
                t.sum("teams of " + total, total, teams);
            }
        });
        byKeys.forEach((name, parts) -> {
            String whole = name.substring(name.indexOf('|') + 1);
            if (rows.containsKey(whole)) {
                t.sum("keys of " + name, whole, parts);
            }
        });
    }

    /**
     * A team's open cases when the figures are taken equal its admissions minus its closures within the window
     * plus a remainder: what it held before the window, and what changed between the reporting date's end and
     * the taking. A remainder of 0 is treated as known (a young Jobcenter, figures taken at the cut-off: the
     * attacker at his strongest); a positive one of a Jobcenter with earlier cases only as not negative.
     */
    private static void stockAndFlows(LinkedTables t, StockFigures stock, List<FlowFigures.Flow> flows) {
        Map<String, Map<String, Long>> identities = new TreeMap<>();
        for (FlowFigures.Flow flow : flows) {
            if (flow.key() != null || !(ADMISSIONS.equals(flow.metric()) || CLOSURES.equals(flow.metric()))) {
                continue;
            }
            String scope = flow.teamId() == null ? Figures.ALL : flow.teamId();
            identities
                    .computeIfAbsent(scope, k -> new LinkedHashMap<>())
                    .merge(flow.id(), ADMISSIONS.equals(flow.metric()) ? -1L : 1L, Long::sum);
        }
        for (StockFigures.Pair pair : stock.pairs()) {
            identities.computeIfAbsent(pair.teamId(), k -> new LinkedHashMap<>());
        }
        identities.computeIfAbsent(Figures.ALL, k -> new LinkedHashMap<>());
        identities.forEach((scope, terms) -> {
            String open = Figures.ALL.equals(scope) ? Figures.jobcenter(OPEN) : Figures.team(scope, OPEN);
            Map<String, Long> relation = new LinkedHashMap<>(terms);
            if (t.has(open)) {
                relation.put(open, 1L);
            }
            long remainder = 0;
            for (Map.Entry<String, Long> term : relation.entrySet()) {
                remainder += term.getValue() * t.quantity(term.getKey()).value();
            }
            if (remainder == 0) {
                // a Jobcenter younger than the window, figures taken right after the cut-off: the flows add up
                // to the stock, and the attacker is taken to know it
                t.relation("stock and flows of " + scope, relation, true, 0);
            } else if (remainder > 0 && stock.earlierCases()) {
                // what the team held when the window began is unknown, but not negative
                Map<String, Long> negated = new LinkedHashMap<>();
                relation.forEach((id, c) -> negated.put(id, -c));
                t.relation("stock and flows of " + scope, negated, false, 0);
            }
            // otherwise cases came or went between the reporting date's end and the taking of its figures:
            // a difference nobody outside knows
        });
    }
}
