package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An assessment version was completed. Carries exactly the eligibility facts intake needs, and the
 * progress against the previous version as counts; never need descriptions, health details or any
 * free text.
 *
 * <p>Topic {@code assessment-completed}, key: case id, version 1.
 *
 * @param caseId
 * @param assessmentId
 * @param version
 * @param needsByKeyGroup open (not resolved) needs per key group code
 * @param entrenchedNeeds open needs marked entrenched
 * @param prognosisHorizonMonths integration expected in about this many months
 * @param marketNear integration within 6 months realistic
 * @param profileCode BA profile, when the Jobcenter uses BA profiles
 * @param categoryCode UCKERMARK category, when the Jobcenter uses categories
 * @param validUntil end of the validity period
 * @param completedAt
 * @param assessedOn
 * @param previousVersion the version the progress counts compare with; none for the first
 * @param needsResolved needs resolved since the previous version
 * @param needsAdded needs added since the previous version
 * @param needsWorsened needs that got worse since the previous version
 * @param strengthsGained strengths recorded since the previous version
 * @param profileDirection UP, DOWN or LATERAL against the previous version
 * @param resubmissionOn Wiedervorlage for categories X, Y, Z
 * @param coRatingCustomerSum sum of the customer's ratings on the co-rated scale, if recorded
 * @param coRatingCaseManagerSum sum of the FM's ratings on the co-rated scale, if recorded
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
        Instant completedAt,
        @Nullable LocalDate assessedOn,
        @Nullable Integer previousVersion,
        int needsResolved,
        int needsAdded,
        int needsWorsened,
        int strengthsGained,
        @Nullable String profileDirection,
        @Nullable LocalDate resubmissionOn,
        @Nullable Integer coRatingCustomerSum,
        @Nullable Integer coRatingCaseManagerSum) implements EventPayload {

    public AssessmentCompleted {
        // JSON leaves an empty map out (Serde's NON_EMPTY default): an assessment without open needs
        // arrives without the field, which means none, not unknown
        needsByKeyGroup = needsByKeyGroup == null ? Map.of() : needsByKeyGroup;
    }
}
