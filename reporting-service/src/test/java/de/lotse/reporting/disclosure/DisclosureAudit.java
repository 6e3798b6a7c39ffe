package de.lotse.reporting.disclosure;

import de.lotse.reporting.disclosure.domain.LinearProgram;
import de.lotse.reporting.disclosure.domain.LinkedTables;
import de.lotse.reporting.disclosure.domain.Protection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The attacker's full calculation, independent of the service's neighbourhood checks: one linear program
 * over everything a role obtained for one reporting date — every published figure a constant, every
 * withheld figure and hidden link a variable, every known relation a constraint — and for each withheld
 * figure the interval it could lie in (ojAlgo's simplex). A figure is exposed when that interval does not
 * cover its protection interval ({@link Protection#required}), computed from the true value and from what
 * the structure alone allows (the same program with no figure known but the zeros).
 *
 * <p>The model is the test's own: built from the answers the public API gave, the true values the test
 * generated, and what an attacker knows of the organisation (which case manager works in which team).
 */
public final class DisclosureAudit {
    /** One withheld figure whose interval is narrower than its protection interval. */
    public record Exposure(
            String figure, long value, LinearProgram.Range interval, LinearProgram.Range required, String viewpoint) {
        @Override
        public String toString() {
            return figure + " = " + value + ": attacker's interval " + interval + ", protection interval " + required
                    + (viewpoint == null ? "" : " (knowing " + viewpoint + ")");
        }
    }

    /** The outcome: every withheld figure checked, the exposed ones listed. */
    public record Report(int checked, List<Exposure> exposures) {}

    private DisclosureAudit() {}

    /**
     * @param model     the linked tables with true values, relations, populations and groups
     * @param withheld  what the answers withheld
     * @param sensitive which withheld figures must be protected (1–4 customers, or within such a population);
     *                  the audit derives it from the true values and populations
     * @param groups    per viewpoint, figures the attacker may also know exactly (e.g. a Jobcenter's line
     *                  published by its own management answer); empty map: none
     */
    public static Report audit(
            LinkedTables model, Set<String> withheld, Set<String> sensitive, Map<String, Set<String>> groups) {
        return audit(model, withheld, sensitive, groups, false);
    }

    /** Whether any withheld figure is exposed: the audit, stopped at the first exposure. */
    public static boolean anyExposed(
            LinkedTables model, Set<String> withheld, Set<String> sensitive, Map<String, Set<String>> groups) {
        return !audit(model, withheld, sensitive, groups, true).exposures().isEmpty();
    }

    private static Report audit(
            LinkedTables model,
            Set<String> withheld,
            Set<String> sensitive,
            Map<String, Set<String>> groups,
            boolean stopAtFirst) {
        Set<String> variables = new LinkedHashSet<>();
        for (LinkedTables.Quantity q : model.quantities()) {
            if (q.hidden() || withheld.contains(q.id())) {
                variables.add(q.id());
            }
        }
        List<Exposure> exposures = new ArrayList<>();
        int checked = 0;
        for (String figure : new TreeSet<>(sensitive)) {
            if (stopAtFirst && !exposures.isEmpty()) {
                break;
            }
            if (!withheld.contains(figure)) {
                exposures.add(new Exposure(
                        figure,
                        model.quantity(figure).value(),
                        new LinearProgram.Range(
                                model.quantity(figure).value(),
                                model.quantity(figure).value()),
                        Protection.required(model.quantity(figure).value(), structural(model, withheld, figure)),
                        "published"));
                continue;
            }
            checked++;
            long value = model.quantity(figure).value();
            LinearProgram.Range required = Protection.required(value, structural(model, withheld, figure));
            Map<String, Set<String>> viewpoints = new LinkedHashMap<>();
            viewpoints.put(null, Set.of());
            groups.forEach((name, members) -> {
                if (!members.contains(figure)) {
                    Set<String> known = new TreeSet<>(members);
                    known.removeAll(sensitive);
                    known.retainAll(withheld);
                    if (!known.isEmpty()) {
                        viewpoints.put(name, known);
                    }
                }
            });
            for (Map.Entry<String, Set<String>> viewpoint : viewpoints.entrySet()) {
                Set<String> free = new LinkedHashSet<>(variables);
                free.removeAll(viewpoint.getValue());
                LinearProgram.Range interval = program(model, withheld, free).range(figure);
                if (!interval.covers(required.low(), required.high())) {
                    exposures.add(new Exposure(figure, value, interval, required, viewpoint.getKey()));
                    break;
                }
            }
        }
        return new Report(checked, exposures);
    }

    /**
     * What the attacker knows of an unknown's lower bound: the structure's, and 1 for a withheld figure
     * whose populations are all published (zeros are published; only within a withheld population can a
     * withheld figure be 0). See {@code docs/reporting.md}.
     */
    static Long lowerBound(LinkedTables model, Set<String> withheld, String id) {
        LinkedTables.Quantity q = model.quantity(id);
        if (q.free()) {
            return null;
        }
        long bound = q.lowerBound();
        if (!q.hidden()
                && withheld.contains(id)
                && model.populationsOf(id).stream().noneMatch(withheld::contains)) {
            bound = Math.max(bound, 1);
        }
        return bound;
    }

    private static LinearProgram program(LinkedTables model, Set<String> withheld, Set<String> variables) {
        Map<String, Long> bounds = new LinkedHashMap<>();
        variables.forEach(v -> bounds.put(v, lowerBound(model, withheld, v)));
        List<LinearProgram.Constraint> constraints = new ArrayList<>();
        for (LinkedTables.Relation relation : model.relations()) {
            Map<String, Long> terms = new LinkedHashMap<>();
            double constant = relation.constant();
            for (Map.Entry<String, Long> term : relation.terms().entrySet()) {
                if (variables.contains(term.getKey())) {
                    terms.put(term.getKey(), term.getValue());
                } else {
                    constant -= (double) term.getValue()
                            * model.quantity(term.getKey()).value();
                }
            }
            if (!terms.isEmpty()) {
                constraints.add(new LinearProgram.Constraint(terms, relation.equality(), constant));
            }
        }
        return new LinearProgram(bounds, constraints);
    }

    /** The same program with nothing known but the published zeros. */
    private static LinearProgram.Range structural(LinkedTables model, Set<String> withheld, String figure) {
        Set<String> variables = new LinkedHashSet<>();
        for (LinkedTables.Quantity q : model.quantities()) {
            if (q.hidden() || withheld.contains(q.id()) || q.value() != 0) {
                variables.add(q.id());
            }
        }
        Map<String, Long> bounds = new LinkedHashMap<>();
        for (String v : variables) {
            LinkedTables.Quantity q = model.quantity(v);
            bounds.put(
                    v,
                    q.hidden() || withheld.contains(v)
                            ? lowerBound(model, withheld, v)
                            : q.free() ? null : q.lowerBound());
        }
        List<LinearProgram.Constraint> constraints = new ArrayList<>();
        for (LinkedTables.Relation relation : model.relations()) {
            Map<String, Long> terms = new LinkedHashMap<>();
            relation.terms().forEach((id, c) -> {
                if (variables.contains(id)) {
                    terms.put(id, c);
                }
            });
            if (!terms.isEmpty()) {
                constraints.add(new LinearProgram.Constraint(terms, relation.equality(), relation.constant()));
            }
        }
        return new LinearProgram(bounds, constraints).range(figure);
    }

    /** 1–4 customers (every figure here counts customers), and every count within such a population. */
    static Set<String> sensitive(LinkedTables tables, Set<String> alsoWithheld) {
        Set<String> sensitive = new TreeSet<>();
        for (LinkedTables.Quantity q : tables.quantities()) {
            if (!q.hidden() && Protection.primary(q.value())) {
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
                    changed = sensitive.add(q.id());
                }
            }
        }
        return sensitive;
    }
}
