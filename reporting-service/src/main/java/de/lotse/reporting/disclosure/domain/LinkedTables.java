package de.lotse.reporting.disclosure.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one role can obtain for one reporting date, as one linear system: the figures it may be
 * shown (each a count with the number of customers behind it), the quantities it is never shown but
 * that link them (e.g. a case manager's cases within one team), and every additive relation or
 * inequality that holds between them and that an attacker may know. Cell suppression
 * ({@link CellSuppression}) decides which figures to withhold; the audit works on the same kind of
 * system built from the published answers.
 *
 * <p>Identifiers are stable strings ({@code team|t1|O}); every relation is checked against the true
 * values when added, so a model that does not describe the data fails loudly instead of protecting the
 * wrong thing.
 */
public final class LinkedTables {
    /** How a figure may be used as a complementary suppression. */
    public enum Tier {
        /** any figure of the tables */
        NORMAL,
        /** a total: only when no ordinary figure helps (last resort) */
        MARGIN,
        /** never withheld to protect another figure (e.g. a total another answer publishes anyway) */
        NEVER
    }

    /**
     * A figure or hidden quantity.
     *
     * @param value      the true value
     * @param customers  how many customers stand behind it (primary suppression goes by this)
     * @param hidden     never published: a link between published figures
     * @param lowerBound known without any published figure (0 for counts; 1 for a listed line)
     * @param free       may be negative (a sum of changes)
     */
    public record Quantity(
            String id, long value, long customers, boolean hidden, long lowerBound, boolean free, Tier tier) {}

    /**
     * {@code Σ coefficient × quantity = constant} (equality) or {@code ≤ constant}.
     */
    public record Relation(Map<String, Long> terms, boolean equality, long constant, String name) {
        public Relation {
            terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
        }
    }

    private final Map<String, Quantity> quantities = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Map<String, List<Relation>> relationsOf = new HashMap<>();
    private final Map<String, Set<String>> populations = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();
    private final Map<String, Integer> previouslyWithheld = new HashMap<>();
    private final Set<String> protectedForOthers = new LinkedHashSet<>();

    /** A figure whose customers are its value (a count). */
    public LinkedTables figure(String id, long value) {
        return figure(id, value, value);
    }

    /** A figure with the customers behind it (a sum, or a count of things several of which one customer may have). */
    public LinkedTables figure(String id, long value, long customers) {
        return add(new Quantity(id, value, customers, false, 0, false, Tier.NORMAL));
    }

    /** A quantity the role is never shown that links figures (e.g. cases of one case manager in one team). */
    public LinkedTables hidden(String id, long value) {
        return add(new Quantity(id, value, value, true, 0, false, Tier.NORMAL));
    }

    private LinkedTables add(Quantity quantity) {
        if (quantities.putIfAbsent(quantity.id(), quantity) != null) {
            throw new IllegalArgumentException("quantity " + quantity.id() + " added twice");
        }
        return this;
    }

    /** A lower bound known without any figure (a listed line has at least one case). */
    public LinkedTables atLeast(String id, long bound) {
        Quantity q = require(id);
        if (q.value() < bound) {
            throw new IllegalStateException(id + " = " + q.value() + " is below its known bound " + bound);
        }
        quantities.put(
                id,
                new Quantity(
                        q.id(),
                        q.value(),
                        q.customers(),
                        q.hidden(),
                        Math.max(q.lowerBound(), bound),
                        q.free(),
                        q.tier()));
        return this;
    }

    /** The figure may be negative (a sum of changes). */
    public LinkedTables free(String id) {
        Quantity q = require(id);
        quantities.put(id, new Quantity(q.id(), q.value(), q.customers(), q.hidden(), Long.MIN_VALUE, true, q.tier()));
        return this;
    }

    public LinkedTables tier(String id, Tier tier) {
        Quantity q = require(id);
        quantities.put(id, new Quantity(q.id(), q.value(), q.customers(), q.hidden(), q.lowerBound(), q.free(), tier));
        return this;
    }

    /** {@code total = Σ parts}. */
    public LinkedTables sum(String name, String total, Collection<String> parts) {
        Map<String, Long> terms = new LinkedHashMap<>();
        terms.put(total, 1L);
        for (String part : parts) {
            terms.merge(part, -1L, Long::sum);
        }
        return relation(name, terms, true, 0);
    }

    /** {@code part ≤ whole}. */
    public LinkedTables atMost(String name, String part, String whole) {
        Map<String, Long> terms = new LinkedHashMap<>();
        terms.put(part, 1L);
        terms.merge(whole, -1L, Long::sum);
        return relation(name, terms, false, 0);
    }

    /** A general relation; checked against the true values. */
    public LinkedTables relation(String name, Map<String, Long> terms, boolean equality, long constant) {
        Map<String, Long> nonZero = new LinkedHashMap<>();
        terms.forEach((id, c) -> {
            require(id);
            if (c != 0) {
                nonZero.put(id, c);
            }
        });
        long left = 0;
        for (Map.Entry<String, Long> term : nonZero.entrySet()) {
            left = Math.addExact(
                    left,
                    Math.multiplyExact(
                            term.getValue(), quantities.get(term.getKey()).value()));
        }
        if (equality ? left != constant : left > constant) {
            throw new IllegalStateException("relation " + name + " does not hold for the data: " + nonZero + " gives "
                    + left + (equality ? " = " : " <= ") + constant);
        }
        if (nonZero.isEmpty()) {
            return this;
        }
        Relation relation = new Relation(nonZero, equality, constant, name);
        relations.add(relation);
        nonZero.keySet()
                .forEach(id ->
                        relationsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(relation));
        return this;
    }

    /**
     * The figure counts part of the population (a line's U25 of its open cases, a finding of the cases):
     * when the population is withheld, so is the figure — even a 0 would tell about each of the few.
     */
    public LinkedTables within(String id, String population) {
        require(id);
        require(population);
        populations.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(population);
        return this;
    }

    /**
     * The figures of one line another answer of the same role may publish exactly (a Jobcenter's line of
     * the national view is the Jobcenter's own total): protection must hold even when that line is known.
     */
    public LinkedTables group(String group, Collection<String> ids) {
        ids.forEach(id -> {
            require(id);
            groups.put(id, group);
        });
        return this;
    }

    /**
     * Withheld and protected like a small figure although it is not one: another answer of the role withholds
     * it to protect a small figure that this set of tables does not show (a Jobcenter whose Ü25 are few
     * withholds its U25, which the national view shows).
     */
    public LinkedTables protectedForOthers(String id) {
        require(id);
        protectedForOthers.add(id);
        return this;
    }

    Set<String> protectedForOthers() {
        return Collections.unmodifiableSet(protectedForOthers);
    }

    /** The figure was withheld on the previous reporting date: preferred as a complement (stable patterns). */
    public LinkedTables withheldBefore(Collection<String> ids) {
        ids.forEach(id -> previouslyWithheld.put(id, 1));
        return this;
    }

    public boolean has(String id) {
        return quantities.containsKey(id);
    }

    public Quantity quantity(String id) {
        return require(id);
    }

    public Collection<Quantity> quantities() {
        return Collections.unmodifiableCollection(quantities.values());
    }

    public List<Relation> relations() {
        return Collections.unmodifiableList(relations);
    }

    List<Relation> relationsOf(String id) {
        return relationsOf.getOrDefault(id, List.of());
    }

    /** The populations a figure counts part of (see {@link #within}). */
    public Set<String> populationsOf(String id) {
        return populations.getOrDefault(id, Set.of());
    }

    String groupOf(String id) {
        return groups.get(id);
    }

    Set<String> groupMembers(String group) {
        Set<String> members = new LinkedHashSet<>();
        groups.forEach((id, g) -> {
            if (g.equals(group)) {
                members.add(id);
            }
        });
        return members;
    }

    boolean wasWithheld(String id) {
        return previouslyWithheld.containsKey(id);
    }

    private Quantity require(String id) {
        return Objects.requireNonNull(quantities.get(id), () -> "unknown quantity " + id);
    }
}
