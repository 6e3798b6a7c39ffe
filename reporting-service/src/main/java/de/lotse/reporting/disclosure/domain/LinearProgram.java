package de.lotse.reporting.disclosure.domain;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small linear program over named variables, solved with ojAlgo's simplex: the range a variable can
 * take under linear equalities and inequalities and lower bounds. This is the attacker's calculation in
 * cell suppression: the tightest interval that all published figures together leave for a withheld one.
 * Bounds come back rounded to whole numbers inwards (all figures are counts or sums of whole numbers),
 * which only makes the attacker stronger.
 */
public final class LinearProgram {
    /** Numerical slack before rounding: the simplex works in floating point. */
    private static final double EPSILON = 1e-6;

    /** The closed range of a variable; {@code Long.MIN_VALUE}/{@code Long.MAX_VALUE} for no bound. */
    public record Range(long low, long high) {
        public boolean covers(long from, long to) {
            return low <= from && high >= to;
        }

        public long width() {
            return high == Long.MAX_VALUE || low == Long.MIN_VALUE ? Long.MAX_VALUE : high - low;
        }

        @Override
        public String toString() {
            return "[" + (low == Long.MIN_VALUE ? "-inf" : low) + ", " + (high == Long.MAX_VALUE ? "inf" : high) + "]";
        }
    }

    /** {@code Σ coefficient × variable = constant} or {@code ≤ constant}, over this program's variables. */
    public record Constraint(Map<String, Long> terms, boolean equality, double constant) {}

    private final Map<String, Long> lowerBounds = new LinkedHashMap<>();
    private final List<Constraint> constraints;

    /**
     * @param lowerBounds every variable with its lower bound ({@code null}: free)
     * @param constraints over these variables only
     */
    public LinearProgram(Map<String, Long> lowerBounds, List<Constraint> constraints) {
        this.lowerBounds.putAll(lowerBounds);
        this.constraints = List.copyOf(constraints);
        for (Constraint constraint : constraints) {
            for (String id : constraint.terms().keySet()) {
                if (!this.lowerBounds.containsKey(id)) {
                    throw new IllegalArgumentException("constraint over unknown variable " + id);
                }
            }
        }
    }

    /** The smallest and largest value the variable can take. */
    public Range range(String variable) {
        ExpressionsBasedModel model = model(variable);
        return new Range(bound(model.minimise(), false), bound(model.maximise(), true));
    }

    /** Only the smallest ({@code upper = false}) or largest value. */
    public long bound(String variable, boolean upper) {
        ExpressionsBasedModel model = model(variable);
        return bound(upper ? model.maximise() : model.minimise(), upper);
    }

    private ExpressionsBasedModel model(String variable) {
        if (!lowerBounds.containsKey(variable)) {
            throw new IllegalArgumentException("unknown variable " + variable);
        }
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<String, Variable> variables = new LinkedHashMap<>();
        lowerBounds.forEach((id, lower) -> {
            Variable v = model.addVariable(id);
            if (lower != null) {
                v.lower(lower);
            }
            variables.put(id, v);
        });
        int n = 0;
        for (Constraint constraint : constraints) {
            Expression e = model.addExpression("c" + n++);
            constraint.terms().forEach((id, c) -> e.set(variables.get(id), c));
            if (constraint.equality()) {
                e.level(constraint.constant());
            } else {
                e.upper(constraint.constant());
            }
        }
        variables.get(variable).weight(1);
        return model;
    }

    private static long bound(Optimisation.Result result, boolean upper) {
        Optimisation.State state = result.getState();
        if (state == Optimisation.State.UNBOUNDED) {
            return upper ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        if (!state.isFeasible()) {
            throw new IllegalStateException("the published figures contradict the relations (" + state + ")");
        }
        double value = result.getValue();
        return upper ? (long) Math.floor(value + EPSILON) : (long) Math.ceil(value - EPSILON);
    }
}
