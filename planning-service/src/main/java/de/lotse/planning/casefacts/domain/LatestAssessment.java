package de.lotse.planning.casefacts.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The case's latest completed assessment as {@code assessment-completed} reports it: renewing an
 * agreement needs a fresh one, and categories X, Y, Z allow working without an agreement.
 */
public record LatestAssessment(
        int version,
        LocalDate assessedOn,
        Instant completedAt,
        String profileCode,
        String categoryCode,
        LocalDate validUntil) {

    public boolean categoryXyz() {
        return "X".equals(categoryCode) || "Y".equals(categoryCode) || "Z".equals(categoryCode);
    }
}
