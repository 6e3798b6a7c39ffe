package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An assessment version was completed. Carries exactly the eligibility facts intake needs, and the
 * progress against the previous version as counts; never need descriptions, health details or any
 * free text. The co-rated scale leaves the service as sums and as one comparison, never as a rating per
 * dimension: one dimension is health and wellbeing, and the scale is protected content of the
 * assessment (docs/assessment.md).
 *
 * <p>Topic {@code assessment-completed}, key: case id, version 1.
 *
 * @param needsByKeyGroup open (not resolved) needs per key group code
 * @param entrenchedNeeds open needs marked entrenched
 * @param prognosisHorizonMonths integration expected in about this many months
 * @param marketNear integration within 6 months realistic
 * @param profileCode BA profile, when the Jobcenter uses BA profiles
 * @param categoryCode UCKERMARK category, when the Jobcenter uses categories
 * @param validUntil end of the validity period
 * @param previousVersion the version the progress counts compare with; none for the first
 * @param needsResolved needs resolved since the previous version
 * @param needsAdded needs added since the previous version
 * @param needsWorsened needs that got worse since the previous version
 * @param strengthsGained strengths recorded since the previous version
 * @param profileDirection UP, DOWN or LATERAL against the previous version
 * @param resubmissionOn Wiedervorlage for categories X, Y, Z
 * @param coRatingCustomerSum sum of the customer's ratings on the co-rated scale, if recorded
 * @param coRatingCaseManagerSum sum of the FM's ratings on the co-rated scale, if recorded
 * @param coRatedDimensions codes of the dimensions of the co-rated scale this version rates (customer and FM);
 *                          none when it rates none — and none in events published before the field existed,
 *                          whose sums then stand for dimensions nobody knows
 * @param coRatingComparedWith the case's first co-rated version, which this later co-rated version is compared
 *                             with (distance travelled since the start, docs/domain.md §10, DV2017 9); none for the
 *                             first co-rated version, a version without co-rating, and older events
 * @param coRatingCommonDimensions how many dimensions both versions rate; 0: none in common, not comparable
 * @param coRatingChange sum over the dimensions both versions rate of (customer + FM rating) in this version minus
 *                       in {@code coRatingComparedWith}; none when they rate no dimension in common
 */
@RecordBuilder
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
        @Nullable Integer coRatingCaseManagerSum,
        @Nullable List<String> coRatedDimensions,
        @Nullable Integer coRatingComparedWith,
        @Nullable Integer coRatingCommonDimensions,
        @Nullable Integer coRatingChange)
        implements EventPayload {

    @Creator
    public AssessmentCompleted {
        // JSON leaves an empty map out (Serde's NON_EMPTY default): an assessment without open needs
        // arrives without the field, which means none, not unknown
        needsByKeyGroup = needsByKeyGroup == null ? Map.of() : needsByKeyGroup;
        // an empty list is left out the same way, so it is never sent: absent means "not co-rated" (the sums
        // are absent too) or "dimensions unknown" (an older event: the sums are there)
        coRatedDimensions = coRatedDimensions == null || coRatedDimensions.isEmpty()
                ? null
                : coRatedDimensions.stream().sorted().toList();
    }

    /**
     * An event as published before the co-rated dimensions and their comparison existed: the sums alone,
     * dimensions unknown. Producers without a co-rating use it too.
     */
    public AssessmentCompleted(
            UUID caseId,
            UUID assessmentId,
            int version,
            Map<String, Integer> needsByKeyGroup,
            int entrenchedNeeds,
            Integer prognosisHorizonMonths,
            boolean marketNear,
            String profileCode,
            String categoryCode,
            LocalDate validUntil,
            Instant completedAt,
            LocalDate assessedOn,
            Integer previousVersion,
            int needsResolved,
            int needsAdded,
            int needsWorsened,
            int strengthsGained,
            String profileDirection,
            LocalDate resubmissionOn,
            Integer coRatingCustomerSum,
            Integer coRatingCaseManagerSum) {
        this(
                caseId,
                assessmentId,
                version,
                needsByKeyGroup,
                entrenchedNeeds,
                prognosisHorizonMonths,
                marketNear,
                profileCode,
                categoryCode,
                validUntil,
                completedAt,
                assessedOn,
                previousVersion,
                needsResolved,
                needsAdded,
                needsWorsened,
                strengthsGained,
                profileDirection,
                resubmissionOn,
                coRatingCustomerSum,
                coRatingCaseManagerSum,
                null,
                null,
                null,
                null);
    }

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static AssessmentCompletedBuilder builder() {
        return AssessmentCompletedBuilder.builder();
    }
}
