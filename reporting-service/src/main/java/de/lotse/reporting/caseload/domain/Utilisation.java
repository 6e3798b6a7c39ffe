package de.lotse.reporting.caseload.domain;

import java.util.Objects;

/**
 * A caseload line measured against the Betreuungsschlüssel (Auslastung).
 *
 * @param limit   open cases one full-time case manager may hold at the line's U25/Ü25 mix, rounded;
 *                {@code null} when no limit applies
 * @param percent utilisation of one full-time case manager's capacity in percent, rounded half up;
 *                {@code null} when no limit applies. The status is decided on the exact value, so
 *                a line at 100.4 % shows 100 and is still {@link RatioStatus#OVER}.
 * @param status  over, within, under the ratio, or none
 */
public record Utilisation(Integer limit, Integer percent, RatioStatus status) {
    private static final Utilisation NONE = new Utilisation(null, null, RatioStatus.NONE);

    public Utilisation {
        Objects.requireNonNull(status, "status");
    }

    /** Nothing to measure against. */
    public static Utilisation none() {
        return NONE;
    }
}
