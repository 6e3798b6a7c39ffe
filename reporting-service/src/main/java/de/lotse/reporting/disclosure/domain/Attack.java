package de.lotse.reporting.disclosure.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attacker's linear program over a set of linked tables: published figures are known, withheld figures
 * and hidden links are unknowns. What the attacker knows besides the figures: every relation, the lower
 * bounds of the structure (counts are not negative, a listed line has a case), and that a withheld figure is
 * not 0 unless its population is withheld too (zeros are published, except within a withheld population).
 */
final class Attack {
    private Attack() {}

    static boolean unknown(LinkedTables tables, Set<String> withheld, String id) {
        return tables.quantity(id).hidden() || withheld.contains(id);
    }

    /** The lower bound the attacker knows for an unknown quantity; {@code null}: none (may be negative). */
    static Long lowerBound(LinkedTables tables, Set<String> withheld, String id) {
        LinkedTables.Quantity q = tables.quantity(id);
        if (q.free()) {
            return null;
        }
        long bound = q.lowerBound();
        if (!q.hidden()
                && withheld.contains(id)
                && tables.populationsOf(id).stream().noneMatch(withheld::contains)) {
            bound = Math.max(bound, 1);
        }
        // the rule can only be known for what is true; a figure that breaks it keeps its plain bound
        return Math.min(bound, q.value());
    }

    /** The program with the given unknowns; every other quantity at its true value (known or assumed known). */
    static LinearProgram program(LinkedTables tables, Set<String> withheld, Set<String> variables) {
        Map<String, Long> bounds = new LinkedHashMap<>();
        for (String v : variables) {
            bounds.put(v, lowerBound(tables, withheld, v));
        }
        List<LinearProgram.Constraint> constraints = new ArrayList<>();
        for (LinkedTables.Relation relation : touching(tables, variables)) {
            Map<String, Long> terms = new LinkedHashMap<>();
            double constant = relation.constant();
            for (Map.Entry<String, Long> term : relation.terms().entrySet()) {
                if (variables.contains(term.getKey())) {
                    terms.put(term.getKey(), term.getValue());
                } else {
                    constant -= (double) term.getValue()
                            * tables.quantity(term.getKey()).value();
                }
            }
            constraints.add(new LinearProgram.Constraint(terms, relation.equality(), constant));
        }
        return new LinearProgram(bounds, constraints);
    }

    /**
     * The range the structure alone allows the figure: the relations around its neighbourhood with no
     * published figure known except zeros (a published 0 is a fact about a whole group, never withheld).
     * Relations farther out are left off, which can only widen this range — and so only strengthen the
     * protection required.
     */
    static LinearProgram.Range structural(
            LinkedTables tables, Set<String> withheld, String figure, Set<String> neighbourhood) {
        List<LinkedTables.Relation> relations = touching(tables, neighbourhood);
        Set<String> variables = new LinkedHashSet<>();
        for (LinkedTables.Relation relation : relations) {
            for (String id : relation.terms().keySet()) {
                if (unknown(tables, withheld, id) || tables.quantity(id).value() != 0) {
                    variables.add(id);
                }
            }
        }
        variables.add(figure);
        Map<String, Long> bounds = new LinkedHashMap<>();
        for (String v : variables) {
            bounds.put(
                    v,
                    unknown(tables, withheld, v)
                            ? lowerBound(tables, withheld, v)
                            : tables.quantity(v).free()
                                    ? null
                                    : tables.quantity(v).lowerBound());
        }
        List<LinearProgram.Constraint> constraints = new ArrayList<>();
        for (LinkedTables.Relation relation : relations) {
            Map<String, Long> terms = new LinkedHashMap<>();
            relation.terms().forEach((id, c) -> {
                if (variables.contains(id)) {
                    terms.put(id, c);
                }
            });
            if (terms.isEmpty()) {
                continue;
            }
            constraints.add(new LinearProgram.Constraint(terms, relation.equality(), relation.constant()));
        }
        return new LinearProgram(bounds, constraints).range(figure);
    }

    private static List<LinkedTables.Relation> touching(LinkedTables tables, Set<String> variables) {
        Set<LinkedTables.Relation> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<LinkedTables.Relation> relations = new ArrayList<>();
        for (String v : variables) {
            for (LinkedTables.Relation relation : tables.relationsOf(v)) {
                if (seen.add(relation)) {
                    relations.add(relation);
                }
            }
        }
        return relations;
    }
}
