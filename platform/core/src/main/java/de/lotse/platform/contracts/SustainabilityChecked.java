package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A sustainability check 6 or 12 months after a closure into work was recorded (docs/domain.md §16.2, TAH 6):
 * whether the employment lasted and whether it had at least 15 hours a week. Codes, dates and flags only: never
 * the case worker's note nor the source's content (docs/domain.md §12).
 *
 * <p>Topic {@code sustainability-checked}, key: case id, version 1.
 *
 * @param caseId
 * @param checkId
 * @param checkpointMonths 6 or 12
 * @param checkedOn        the day of the check
 * @param employmentLasted the employment still existed
 * @param atLeast15Hours   it had at least 15 hours a week; null where it did not last
 * @param recordedAt
 */
@Serdeable
public record SustainabilityChecked(
        UUID caseId,
        UUID checkId,
        int checkpointMonths,
        LocalDate checkedOn,
        boolean employmentLasted,
        @Nullable Boolean atLeast15Hours,
        Instant recordedAt) implements EventPayload {

    /** Lasted with at least 15 hours a week: a sustained integration (TAH 6). */
    public boolean sustained() {
        return employmentLasted && Boolean.TRUE.equals(atLeast15Hours);
    }

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code SustainabilityChecked} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID checkId;
        private int checkpointMonths;
        private LocalDate checkedOn;
        private boolean employmentLasted;
        private @Nullable Boolean atLeast15Hours;
        private Instant recordedAt;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder checkId(UUID checkId) {
            this.checkId = checkId;
            return this;
        }

        public Builder checkpointMonths(int checkpointMonths) {
            this.checkpointMonths = checkpointMonths;
            return this;
        }

        public Builder checkedOn(LocalDate checkedOn) {
            this.checkedOn = checkedOn;
            return this;
        }

        public Builder employmentLasted(boolean employmentLasted) {
            this.employmentLasted = employmentLasted;
            return this;
        }

        public Builder atLeast15Hours(@Nullable Boolean atLeast15Hours) {
            this.atLeast15Hours = atLeast15Hours;
            return this;
        }

        public Builder recordedAt(Instant recordedAt) {
            this.recordedAt = recordedAt;
            return this;
        }

        public SustainabilityChecked build() {
            return new SustainabilityChecked(caseId, checkId, checkpointMonths, checkedOn, employmentLasted,
                    atLeast15Hours, recordedAt);
        }
    }
}
