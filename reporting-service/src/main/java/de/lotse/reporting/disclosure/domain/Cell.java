package de.lotse.reporting.disclosure.domain;

/**
 * A count in an answer for management: below {@link Protection#THRESHOLD} customers it is suppressed, so no
 * small group identifies a person (docs/domain.md §12). Zero is not suppressed: it identifies nobody.
 * Quality and outcomes both answer management in cells, so the cell belongs to disclosure control, which
 * knows no feature, rather than to one of them.
 *
 * @param value      the count, or none when suppressed
 */
public record Cell(Long value, boolean suppressed) {
    /** A count shown as it is (exact views, and management figures not withheld). */
    public static Cell exact(long value) {
        return new Cell(value, false);
    }

    /** A withheld count (no value). */
    public static Cell withheld() {
        return new Cell(null, true);
    }

    public static Cell of(long count) {
        return of(count, count);
    }

    /** A value (e.g. a sum of resolved needs) suppressed by the number of customers behind it. */
    public static Cell of(long value, long customers) {
        return Protection.primary(customers) ? new Cell(null, true) : new Cell(value, false);
    }
}
