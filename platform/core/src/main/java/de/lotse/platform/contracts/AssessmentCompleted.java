package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An assessment version was completed. Carries exactly the eligibility facts intake needs; never need descriptions or health details.
 *
 * <p>Topic {@code assessment-completed}, key: case id, version 1.
 *
 * @param caseId
 * @param assessmentId
 * @param version
 * @param needsByKeyGroup open needs per key group code
 * @param entrenchedNeeds
 * @param prognosisHorizonMonths
 * @param marketNear
 * @param profileCode
 * @param categoryCode
 * @param validUntil
 * @param completedAt
 */
@Serdeable
public record AssessmentCompleted(
        UUID caseId,
        UUID assessmentId,
        int version,
        Map<String, Integer> needsByKeyGroup,
        int entrenchedNeeds,
        @Nullable Integer prognosisHorizonMonths,
        boolean marketNear,
        @Nullable String profileCode,
        @Nullable String categoryCode,
        LocalDate validUntil,
        Instant completedAt) implements EventPayload {
}
