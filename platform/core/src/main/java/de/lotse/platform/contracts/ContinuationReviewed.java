package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A continuation review (Fortführungsprüfung) was documented.
 *
 * <p>Topic {@code continuation-reviewed}, key: case id, version 1.
 *
 * @param caseId
 * @param reviewId
 * @param reviewedOn
 * @param decision CONTINUE, CLOSE or EXTEND
 * @param extensionApproved
 * @param nextReviewDueOn
 * @param recordedAt
 * @param extendedUntil the end of an extension past the maximum duration (EXTEND), approved or requested
 */
@Serdeable
public record ContinuationReviewed(
        UUID caseId,
        UUID reviewId,
        LocalDate reviewedOn,
        String decision,
        boolean extensionApproved,
        @Nullable LocalDate nextReviewDueOn,
        Instant recordedAt,
        @Nullable LocalDate extendedUntil) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code ContinuationReviewed} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID reviewId;
        private LocalDate reviewedOn;
        private String decision;
        private boolean extensionApproved;
        private @Nullable LocalDate nextReviewDueOn;
        private Instant recordedAt;
        private @Nullable LocalDate extendedUntil;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder reviewId(UUID reviewId) {
            this.reviewId = reviewId;
            return this;
        }

        public Builder reviewedOn(LocalDate reviewedOn) {
            this.reviewedOn = reviewedOn;
            return this;
        }

        public Builder decision(String decision) {
            this.decision = decision;
            return this;
        }

        public Builder extensionApproved(boolean extensionApproved) {
            this.extensionApproved = extensionApproved;
            return this;
        }

        public Builder nextReviewDueOn(@Nullable LocalDate nextReviewDueOn) {
            this.nextReviewDueOn = nextReviewDueOn;
            return this;
        }

        public Builder recordedAt(Instant recordedAt) {
            this.recordedAt = recordedAt;
            return this;
        }

        public Builder extendedUntil(@Nullable LocalDate extendedUntil) {
            this.extendedUntil = extendedUntil;
            return this;
        }

        public ContinuationReviewed build() {
            return new ContinuationReviewed(caseId, reviewId, reviewedOn, decision, extensionApproved,
                    nextReviewDueOn, recordedAt, extendedUntil);
        }
    }
}
