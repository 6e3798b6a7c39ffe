package de.lotse.reporting.disclosure.domain;

/**
 * The rule a withheld figure must satisfy (docs/reporting.md, "Disclosure control").
 *
 * <p><b>Primary suppression:</b> a figure with 1 to {@value #THRESHOLD}−1 customers behind it is withheld.
 * <b>Protection interval:</b> for a withheld figure with true value {@code v}, the range an attacker can
 * derive from everything the same role can obtain for the same reporting date must reach down to
 * {@code v − }{@value #DISTANCE} (or the lowest value the structure alone allows) and up to
 * {@code max(v + }{@value #DISTANCE}{@code , }{@value #THRESHOLD}{@code )} (or the highest the structure
 * allows): the attacker can neither pin the value within ±{@value #DISTANCE} nor even prove that it is
 * below {@value #THRESHOLD}.
 */
public final class Protection {
    /** Figures with fewer customers than this (and more than none) are withheld. */
    public static final int THRESHOLD = 5;
    /** How far either way a withheld value must remain uncertain. */
    public static final int DISTANCE = 2;

    private Protection() {}

    /** Whether a figure with this many customers is withheld for itself. */
    public static boolean primary(long customers) {
        return customers > 0 && customers < THRESHOLD;
    }

    /**
     * The range an attacker must not be able to narrow, for a figure of value {@code value} whose structure
     * alone allows {@code structural}.
     */
    public static LinearProgram.Range required(long value, LinearProgram.Range structural) {
        long low = value - DISTANCE;
        long high = Math.max(value + DISTANCE, THRESHOLD);
        return new LinearProgram.Range(
                Math.min(value, Math.max(low, structural.low())), Math.max(value, Math.min(high, structural.high())));
    }
}
