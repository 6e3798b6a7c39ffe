package de.lotse.reporting.disclosure.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Cell suppression for linked tables, after the statistical offices' method (Destatis, τ-ARGUS): primary
 * suppression of every figure with 1–4 customers and of every count within such a population, then
 * secondary (complementary) suppression until no withheld figure can be narrowed below its protection
 * interval ({@link Protection}) by any combination of the published ones.
 *
 * <p><b>How a figure is checked.</b> The attacker's calculation is a linear program: every withheld
 * figure and every hidden link is a variable, every published figure a constant, every relation of the
 * tables a constraint; the withheld figure's smallest and largest possible value form its interval. To
 * keep the programs small, a check first takes only the figure's neighbourhood (withheld and hidden
 * quantities reachable through two, then a few relations) as variables and holds everything outside it at
 * the true values — as if the attacker knew them. That can only narrow the interval, so a figure that
 * passes such a check passes the full calculation too (the audit test runs the full one). A figure that
 * does not pass is checked in the whole connected system before anything more is withheld for it: the way
 * out of a tight spot may run through many relations (a month's flows, the teams' stock), and a small
 * neighbourhood alone would withhold far more than needed.
 *
 * <p><b>How complements are chosen (greedy, deterministic).</b> Sensitive figures are taken in the order
 * of their identifiers. While one is not protected, the published figures that share a relation with its
 * neighbourhood are tried as complements in a fixed order — figures withheld on the previous reporting date
 * first (so patterns stay stable from day to day), ordinary figures before totals, smaller before larger,
 * then by identifier — and the first that protects it is withheld; if none does alone, the one that
 * widens the interval most is withheld and the search goes on. Withholding more never narrows an interval;
 * but it can withhold a population, and then the attacker no longer knows that a figure within it is at
 * least 1, so its required range reaches lower: the figures are checked again until nothing changes. Totals
 * that another answer of the role publishes anyway are never used ({@link LinkedTables.Tier#NEVER}).
 */
public final class CellSuppression {
    private static final Logger LOG = Logger.getLogger(CellSuppression.class.getName());

    /**
     * @param depth        relations to follow from a figure to its neighbourhood
     * @param maxVariables neighbourhood size at most (the rest is held fixed)
     * @param maxTrials    complements tried per step before taking the best partial one
     * @param wholeVariables the whole system's size at most, asked before a complement is withheld
     */
    public record Settings(int depth, int maxVariables, int maxTrials, int wholeVariables) {}

    private final Settings settings;

    public CellSuppression(Settings settings) {
        this.settings = settings;
    }

    public static CellSuppression standard() {
        return new CellSuppression(new Settings(4, 200, 24, 3000));
    }

    /** Primary suppression only: the sensitive figures (what the service withheld before secondary suppression). */
    public Suppression primaryOnly(LinkedTables tables) {
        Set<String> sensitive = sensitive(tables);
        return new Suppression(sensitive, sensitive);
    }

    /** Primary and secondary suppression. */
    public Suppression protect(LinkedTables tables) {
        Set<String> sensitive = sensitive(tables);
        Run run = new Run(tables, sensitive);
        for (String figure : sensitive) {
            run.ensureProtected(figure);
        }
        // a complement withheld late can withhold a population, and then the attacker no longer knows that a
        // figure within it is at least 1: its required range reaches lower. Check again, until nothing changes,
        // every figure not known to hold: one checked against the range the structure leaves (which later
        // complements can move), or one whose lower bound has changed since.
        int before;
        do {
            before = run.withheld.size();
            for (String figure : sensitive) {
                if (!run.holds(figure)) {
                    run.ensureProtected(figure);
                }
            }
        } while (run.withheld.size() > before);
        return new Suppression(run.withheld, sensitive);
    }

    /** 1–4 customers, and then every figure within a sensitive population, until nothing changes. */
    static Set<String> sensitive(LinkedTables tables) {
        Set<String> sensitive = new TreeSet<>(tables.protectedForOthers());
        for (LinkedTables.Quantity q : tables.quantities()) {
            if (!q.hidden() && Protection.primary(q.customers())) {
                sensitive.add(q.id());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (LinkedTables.Quantity q : tables.quantities()) {
                if (!q.hidden()
                        && !sensitive.contains(q.id())
                        && tables.populationsOf(q.id()).stream().anyMatch(sensitive::contains)) {
                    sensitive.add(q.id());
                    changed = true;
                }
            }
        }
        return sensitive;
    }

    /** One suppression run over one set of tables. */
    private final class Run {
        private final LinkedTables tables;
        private final Set<String> sensitive;
        private final Set<String> withheld;

        Run(LinkedTables tables, Set<String> sensitive) {
            this.tables = tables;
            this.sensitive = sensitive;
            this.withheld = new TreeSet<>(sensitive);
        }

        /**
         * Figures that met the strict range (cut at their own lower bound only), with that bound: they hold as
         * long as the bound does, since withholding more only widens an interval.
         */
        private final Map<String, Long> strictlyProtected = new java.util.HashMap<>();

        boolean holds(String figure) {
            return strictlyProtected.containsKey(figure)
                    && java.util.Objects.equals(
                            strictlyProtected.get(figure), Attack.lowerBound(tables, withheld, figure));
        }

        void ensureProtected(String figure) {
            strictlyProtected.remove(figure);
            long value = tables.quantity(figure).value();
            // small programs first: a figure protected with its nearest relations alone needs no more (what is
            // held fixed beyond them only narrows the interval). The range required there is the full one, cut
            // only at the figure's own lower bound — what the structure allows lies within that, so it is at
            // least as strict as the range the structure leaves.
            Long lowerBound = Attack.lowerBound(tables, withheld, figure);
            LinearProgram.Range strict = Protection.required(
                    value, new LinearProgram.Range(lowerBound == null ? Long.MIN_VALUE : lowerBound, Long.MAX_VALUE));
            Set<String> previous = Set.of();
            // two steps: the relations two away protect many figures in small programs, the rest need more
            for (int d : new int[] {Math.min(2, settings.depth()), settings.depth()}) {
                Set<String> variables = neighbourhood(figure, d, settings.maxVariables());
                if (variables.equals(previous)) {
                    break;
                }
                if (shortfall(ranges(figure, variables), strict) == 0) {
                    strictlyProtected.put(figure, lowerBound);
                    return;
                }
                previous = variables;
            }
            int depth = settings.depth();
            LinearProgram.Range required = null;
            boolean margins = false;
            while (true) {
                // a small neighbourhood holds much fixed at its true value; before withholding more, ask the
                // whole system (the way out of a tight spot may run through many relations)
                if (holdsInWhole(figure, value, strict, lowerBound)) {
                    return;
                }
                Set<String> variables = neighbourhood(figure, depth, settings.maxVariables());
                if (required == null) {
                    required = Protection.required(value, Attack.structural(tables, withheld, figure, variables));
                }
                long need = shortfall(ranges(figure, variables), required);
                if (need == 0) {
                    return;
                }
                String best = null;
                long bestNeed = need;
                int trials = 0;
                for (String candidate : candidates(variables, margins)) {
                    if (trials++ >= settings.maxTrials()) {
                        break;
                    }
                    Set<String> wider = new LinkedHashSet<>(variables);
                    wider.add(candidate);
                    withheld.add(candidate);
                    long after = shortfall(ranges(figure, wider), required);
                    withheld.remove(candidate);
                    if (after < bestNeed) {
                        best = candidate;
                        bestNeed = after;
                        if (after == 0) {
                            break;
                        }
                    }
                }
                if (best == null) {
                    // no figure helps alone (a hypercube needs a row and a column partner together): open the
                    // first relation that pins an unknown of the neighbourhood with its cheapest figure
                    best = opening(variables, margins);
                }
                if (best != null) {
                    withheld.add(best);
                } else if (neighbourhood(figure, depth + 1, settings.maxVariables())
                                .size()
                        > variables.size()) {
                    // what is held fixed farther out may be what pins the figure: look farther
                    depth++;
                } else if (!margins) {
                    margins = true;
                } else {
                    List<String> all = candidates(variables, true);
                    if (all.isEmpty()) {
                        LOG.warning(() -> "no further complement for " + figure + " (" + need + " short of its "
                                + "protection interval); withheld as far as the structure allows");
                        return;
                    }
                    // nothing helps alone: withhold every figure linked to the neighbourhood, then look again
                    withheld.addAll(all);
                }
            }
        }

        /**
         * Whether the figure is protected in the whole connected system (up to {@link Settings#wholeVariables}
         * unknowns): against the strict range, or against the range the structure leaves there.
         */
        private boolean holdsInWhole(String figure, long value, LinearProgram.Range strict, Long lowerBound) {
            Set<String> whole = neighbourhood(figure, Integer.MAX_VALUE, settings.wholeVariables());
            List<LinearProgram.Range> ranges = ranges(figure, whole);
            if (shortfall(ranges, strict) == 0) {
                strictlyProtected.put(figure, lowerBound);
                return true;
            }
            LinearProgram.Range required =
                    Protection.required(value, Attack.structural(tables, withheld, figure, whole));
            return shortfall(ranges, required) == 0;
        }

        /**
         * The figure's interval with the given unknowns (everything else at its true value): first without any
         * further knowledge, then from each viewpoint.
         */
        private List<LinearProgram.Range> ranges(String figure, Set<String> variables) {
            List<LinearProgram.Range> ranges = new ArrayList<>();
            for (Set<String> known : viewpoints(figure, variables)) {
                Set<String> free = new LinkedHashSet<>(variables);
                free.removeAll(known);
                ranges.add(Attack.program(tables, withheld, free).range(figure));
            }
            return ranges;
        }

        /**
         * How far the intervals fall short of the required range: first the plain one, then the viewpoints'
         * summed (compared in that order, so a complement that protects the figure from the public counts as
         * progress even before it holds against an insider).
         */
        private static long shortfall(List<LinearProgram.Range> ranges, LinearProgram.Range required) {
            long plain = 0;
            long insiders = 0;
            for (int i = 0; i < ranges.size(); i++) {
                LinearProgram.Range range = ranges.get(i);
                long shortfall =
                        Math.max(0, range.low() - required.low()) + Math.max(0, required.high() - range.high());
                if (i == 0) {
                    plain = shortfall;
                } else {
                    insiders += shortfall;
                }
            }
            return plain * 1_000_000L + Math.min(insiders, 999_999L);
        }

        /**
         * What the attacker may know besides the published figures: nothing, or one group's complements
         * (a Jobcenter's own line, which its own management answer publishes).
         */
        private List<Set<String>> viewpoints(String figure, Set<String> variables) {
            List<Set<String>> viewpoints = new ArrayList<>();
            viewpoints.add(Set.of());
            String own = tables.groupOf(figure);
            Map<String, Set<String>> byGroup = new LinkedHashMap<>();
            for (String v : variables) {
                String group = tables.groupOf(v);
                if (group != null && !group.equals(own) && !sensitive.contains(v)) {
                    byGroup.computeIfAbsent(group, g -> new TreeSet<>()).add(v);
                }
            }
            viewpoints.addAll(byGroup.values());
            return viewpoints;
        }

        /**
         * Withheld and hidden quantities reachable from the figure through at most {@code depth} relations, at
         * most {@code limit} of them (the nearest).
         */
        private Set<String> neighbourhood(String figure, int depth, int limit) {
            Set<String> found = new LinkedHashSet<>();
            found.add(figure);
            Deque<String> frontier = new ArrayDeque<>(List.of(figure));
            for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
                Deque<String> next = new ArrayDeque<>();
                for (String id : frontier) {
                    for (LinkedTables.Relation relation : tables.relationsOf(id)) {
                        for (String term : relation.terms().keySet()) {
                            if (found.size() >= limit) {
                                return found;
                            }
                            if (Attack.unknown(tables, withheld, term) && found.add(term)) {
                                next.add(term);
                            }
                        }
                    }
                }
                frontier = next;
            }
            return found;
        }

        /**
         * The cheapest published figure of the first equation, in the order of the neighbourhood, in which an
         * unknown is the only unknown (so the equation gives it away); {@code null} when there is none.
         */
        private String opening(Set<String> variables, boolean margins) {
            for (String v : variables) {
                for (LinkedTables.Relation relation : tables.relationsOf(v)) {
                    if (!relation.equality()
                            || relation.terms().keySet().stream()
                                            .filter(term -> Attack.unknown(tables, withheld, term))
                                            .count()
                                    != 1) {
                        continue;
                    }
                    List<String> figures = usable(relation.terms().keySet(), margins);
                    if (!figures.isEmpty()) {
                        return figures.get(0);
                    }
                }
            }
            return null;
        }

        /** Published figures sharing a relation with the neighbourhood, in the order they are tried. */
        private List<String> candidates(Set<String> variables, boolean margins) {
            Set<String> terms = new LinkedHashSet<>();
            for (String v : variables) {
                for (LinkedTables.Relation relation : tables.relationsOf(v)) {
                    terms.addAll(relation.terms().keySet());
                }
            }
            return usable(terms, margins);
        }

        /** Of the given quantities, the figures that may become complements, in the order they are tried. */
        private List<String> usable(Set<String> ids, boolean margins) {
            List<LinkedTables.Quantity> found = new ArrayList<>();
            for (String id : ids) {
                LinkedTables.Quantity q = tables.quantity(id);
                if (!q.hidden()
                        && !withheld.contains(id)
                        && q.value() != 0
                        && (q.tier() == LinkedTables.Tier.NORMAL || margins && q.tier() == LinkedTables.Tier.MARGIN)) {
                    found.add(q);
                }
            }
            found.sort(Comparator.comparing((LinkedTables.Quantity q) -> tables.wasWithheld(q.id()) ? 0 : 1)
                    .thenComparing(LinkedTables.Quantity::tier)
                    .thenComparing(q -> Math.abs(q.value()))
                    .thenComparing(LinkedTables.Quantity::id));
            return found.stream().map(LinkedTables.Quantity::id).toList();
        }
    }
}
