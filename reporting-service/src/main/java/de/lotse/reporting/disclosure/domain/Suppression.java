package de.lotse.reporting.disclosure.domain;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which figures of a set of linked tables are withheld.
 *
 * @param withheld  every withheld figure: the sensitive ones and their complements
 * @param sensitive withheld for themselves: 1–4 customers (primary), or a count within such a population
 */
public record Suppression(Set<String> withheld, Set<String> sensitive) {
    public Suppression {
        withheld = Collections.unmodifiableSet(new TreeSet<>(withheld));
        sensitive = Collections.unmodifiableSet(new TreeSet<>(sensitive));
        if (!withheld.containsAll(sensitive)) {
            throw new IllegalArgumentException("a sensitive figure must be withheld");
        }
    }

    public static Suppression none() {
        return new Suppression(Set.of(), Set.of());
    }

    public boolean withheld(String id) {
        return withheld.contains(id);
    }

    /** Withheld only to protect others (secondary suppression). */
    public Set<String> complements() {
        Set<String> complements = new TreeSet<>(withheld);
        complements.removeAll(sensitive);
        return complements;
    }
}
