package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure (e.g. §16d AGH, §45 SGB III) started for the case.
 *
 * <p>Topic {@code measure-started}, key: case id, version 1.
 *
 * @param caseId
 * @param measureId
 * @param instrumentCode
 * @param startedOn
 * @param plannedEndOn
 * @param partnerId
 * @param recordedAt
 */
@Serdeable
public record MeasureStarted(
        UUID caseId,
        UUID measureId,
        String instrumentCode,
        LocalDate startedOn,
        @Nullable LocalDate plannedEndOn,
        @Nullable UUID partnerId,
        Instant recordedAt) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code MeasureStarted} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID measureId;
        private String instrumentCode;
        private LocalDate startedOn;
        private @Nullable LocalDate plannedEndOn;
        private @Nullable UUID partnerId;
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

        public Builder startedOn(LocalDate startedOn) {
            this.startedOn = startedOn;
            return this;
        }

        public Builder plannedEndOn(@Nullable LocalDate plannedEndOn) {
            this.plannedEndOn = plannedEndOn;
            return this;
        }

        public Builder partnerId(@Nullable UUID partnerId) {
            this.partnerId = partnerId;
            return this;
        }

        public Builder recordedAt(Instant recordedAt) {
            this.recordedAt = recordedAt;
            return this;
        }

        public MeasureStarted build() {
            return new MeasureStarted(caseId, measureId, instrumentCode, startedOn, plannedEndOn, partnerId,
                    recordedAt);
        }
    }
}
