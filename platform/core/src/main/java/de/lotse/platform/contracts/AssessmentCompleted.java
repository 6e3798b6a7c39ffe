package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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
        @Nullable Integer coRatingChange) implements EventPayload {

    @Creator
    public AssessmentCompleted {
        // JSON leaves an empty map out (Serde's NON_EMPTY default): an assessment without open needs
        // arrives without the field, which means none, not unknown
        needsByKeyGroup = needsByKeyGroup == null ? Map.of() : needsByKeyGroup;
        // an empty list is left out the same way, so it is never sent: absent means "not co-rated" (the sums
        // are absent too) or "dimensions unknown" (an older event: the sums are there)
        coRatedDimensions = coRatedDimensions == null || coRatedDimensions.isEmpty() ? null
                : coRatedDimensions.stream().sorted().toList();
    }

    /**
     * An event as published before the co-rated dimensions and their comparison existed: the sums alone,
     * dimensions unknown. Producers without a co-rating use it too.
     */
    public AssessmentCompleted(UUID caseId, UUID assessmentId, int version, Map<String, Integer> needsByKeyGroup,
                               int entrenchedNeeds, Integer prognosisHorizonMonths, boolean marketNear,
                               String profileCode, String categoryCode, LocalDate validUntil, Instant completedAt,
                               LocalDate assessedOn, Integer previousVersion, int needsResolved, int needsAdded,
                               int needsWorsened, int strengthsGained, String profileDirection,
                               LocalDate resubmissionOn, Integer coRatingCustomerSum, Integer coRatingCaseManagerSum) {
        this(caseId, assessmentId, version, needsByKeyGroup, entrenchedNeeds, prognosisHorizonMonths, marketNear,
                profileCode, categoryCode, validUntil, completedAt, assessedOn, previousVersion, needsResolved,
                needsAdded, needsWorsened, strengthsGained, profileDirection, resubmissionOn, coRatingCustomerSum,
                coRatingCaseManagerSum, null, null, null, null);
    }

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code AssessmentCompleted} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID assessmentId;
        private int version;
        private Map<String, Integer> needsByKeyGroup;
        private int entrenchedNeeds;
        private @Nullable Integer prognosisHorizonMonths;
        private boolean marketNear;
        private @Nullable String profileCode;
        private @Nullable String categoryCode;
        private LocalDate validUntil;
        private Instant completedAt;
        private @Nullable LocalDate assessedOn;
        private @Nullable Integer previousVersion;
        private int needsResolved;
        private int needsAdded;
        private int needsWorsened;
        private int strengthsGained;
        private @Nullable String profileDirection;
        private @Nullable LocalDate resubmissionOn;
        private @Nullable Integer coRatingCustomerSum;
        private @Nullable Integer coRatingCaseManagerSum;
        private @Nullable List<String> coRatedDimensions;
        private @Nullable Integer coRatingComparedWith;
        private @Nullable Integer coRatingCommonDimensions;
        private @Nullable Integer coRatingChange;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder assessmentId(UUID assessmentId) {
            this.assessmentId = assessmentId;
            return this;
        }

        public Builder version(int version) {
            this.version = version;
            return this;
        }

        public Builder needsByKeyGroup(Map<String, Integer> needsByKeyGroup) {
            this.needsByKeyGroup = needsByKeyGroup;
            return this;
        }

        public Builder entrenchedNeeds(int entrenchedNeeds) {
            this.entrenchedNeeds = entrenchedNeeds;
            return this;
        }

        public Builder prognosisHorizonMonths(@Nullable Integer prognosisHorizonMonths) {
            this.prognosisHorizonMonths = prognosisHorizonMonths;
            return this;
        }

        public Builder marketNear(boolean marketNear) {
            this.marketNear = marketNear;
            return this;
        }

        public Builder profileCode(@Nullable String profileCode) {
            this.profileCode = profileCode;
            return this;
        }

        public Builder categoryCode(@Nullable String categoryCode) {
            this.categoryCode = categoryCode;
            return this;
        }

        public Builder validUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        public Builder completedAt(Instant completedAt) {
            this.completedAt = completedAt;
            return this;
        }

        public Builder assessedOn(@Nullable LocalDate assessedOn) {
            this.assessedOn = assessedOn;
            return this;
        }

        public Builder previousVersion(@Nullable Integer previousVersion) {
            this.previousVersion = previousVersion;
            return this;
        }

        public Builder needsResolved(int needsResolved) {
            this.needsResolved = needsResolved;
            return this;
        }

        public Builder needsAdded(int needsAdded) {
            this.needsAdded = needsAdded;
            return this;
        }

        public Builder needsWorsened(int needsWorsened) {
            this.needsWorsened = needsWorsened;
            return this;
        }

        public Builder strengthsGained(int strengthsGained) {
            this.strengthsGained = strengthsGained;
            return this;
        }

        public Builder profileDirection(@Nullable String profileDirection) {
            this.profileDirection = profileDirection;
            return this;
        }

        public Builder resubmissionOn(@Nullable LocalDate resubmissionOn) {
            this.resubmissionOn = resubmissionOn;
            return this;
        }

        public Builder coRatingCustomerSum(@Nullable Integer coRatingCustomerSum) {
            this.coRatingCustomerSum = coRatingCustomerSum;
            return this;
        }

        public Builder coRatingCaseManagerSum(@Nullable Integer coRatingCaseManagerSum) {
            this.coRatingCaseManagerSum = coRatingCaseManagerSum;
            return this;
        }

        public Builder coRatedDimensions(@Nullable List<String> coRatedDimensions) {
            this.coRatedDimensions = coRatedDimensions;
            return this;
        }

        public Builder coRatingComparedWith(@Nullable Integer coRatingComparedWith) {
            this.coRatingComparedWith = coRatingComparedWith;
            return this;
        }

        public Builder coRatingCommonDimensions(@Nullable Integer coRatingCommonDimensions) {
            this.coRatingCommonDimensions = coRatingCommonDimensions;
            return this;
        }

        public Builder coRatingChange(@Nullable Integer coRatingChange) {
            this.coRatingChange = coRatingChange;
            return this;
        }

        public AssessmentCompleted build() {
            return new AssessmentCompleted(caseId, assessmentId, version, needsByKeyGroup, entrenchedNeeds,
                    prognosisHorizonMonths, marketNear, profileCode, categoryCode, validUntil, completedAt,
                    assessedOn, previousVersion, needsResolved, needsAdded, needsWorsened, strengthsGained,
                    profileDirection, resubmissionOn, coRatingCustomerSum, coRatingCaseManagerSum, coRatedDimensions,
                    coRatingComparedWith, coRatingCommonDimensions, coRatingChange);
        }
    }
}
