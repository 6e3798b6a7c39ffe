package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure ended, with a coded outcome.
 *
 * <p>Topic {@code measure-ended}, key: case id, version 1.
 *
 * @param caseId
 * @param measureId
 * @param instrumentCode
 * @param endedOn
 * @param outcomeCode
 * @param successful
 * @param recordedAt
 */
@Serdeable
public record MeasureEnded(
        UUID caseId,
        UUID measureId,
        String instrumentCode,
        LocalDate endedOn,
        String outcomeCode,
        boolean successful,
        Instant recordedAt) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code MeasureEnded} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID measureId;
        private String instrumentCode;
        private LocalDate endedOn;
        private String outcomeCode;
        private boolean successful;
        private Instant recordedAt;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder measureId(UUID measureId) {
            this.measureId = measureId;
            return this;
        }

        public Builder instrumentCode(String instrumentCode) {
            this.instrumentCode = instrumentCode;
            return this;
        }

        public Builder endedOn(LocalDate endedOn) {
            this.endedOn = endedOn;
            return this;
        }

        public Builder outcomeCode(String outcomeCode) {
            this.outcomeCode = outcomeCode;
            return this;
        }

        public Builder successful(boolean successful) {
            this.successful = successful;
            return this;
        }

        public Builder recordedAt(Instant recordedAt) {
            this.recordedAt = recordedAt;
            return this;
        }

        public MeasureEnded build() {
            return new MeasureEnded(caseId, measureId, instrumentCode, endedOn, outcomeCode, successful, recordedAt);
        }
    }
}
