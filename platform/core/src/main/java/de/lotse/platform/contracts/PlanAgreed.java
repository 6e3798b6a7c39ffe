package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An integration plan and its agreement (EinV or Kooperationsplan) were agreed.
 *
 * <p>Topic {@code plan-agreed}, key: case id, version 1.
 *
 * @param caseId
 * @param planId
 * @param agreementType EINV or KOOPERATIONSPLAN or NONE
 * @param agreedOn
 * @param validUntil
 * @param strategyCount
 * @param needsWithoutStrategy
 * @param agreedAt
 * @param reviewOn the agreement is reviewed jointly at the latest on this day (§ 15 SGB II); none for NONE and for
 *                 events from before it was carried
 */
@Serdeable
public record PlanAgreed(
        UUID caseId,
        UUID planId,
        String agreementType,
        LocalDate agreedOn,
        @Nullable LocalDate validUntil,
        int strategyCount,
        int needsWithoutStrategy,
        Instant agreedAt,
        @Nullable LocalDate reviewOn) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code PlanAgreed} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID planId;
        private String agreementType;
        private LocalDate agreedOn;
        private @Nullable LocalDate validUntil;
        private int strategyCount;
        private int needsWithoutStrategy;
        private Instant agreedAt;
        private @Nullable LocalDate reviewOn;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder planId(UUID planId) {
            this.planId = planId;
            return this;
        }

        public Builder agreementType(String agreementType) {
            this.agreementType = agreementType;
            return this;
        }

        public Builder agreedOn(LocalDate agreedOn) {
            this.agreedOn = agreedOn;
            return this;
        }

        public Builder validUntil(@Nullable LocalDate validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        public Builder strategyCount(int strategyCount) {
            this.strategyCount = strategyCount;
            return this;
        }

        public Builder needsWithoutStrategy(int needsWithoutStrategy) {
            this.needsWithoutStrategy = needsWithoutStrategy;
            return this;
        }

        public Builder agreedAt(Instant agreedAt) {
            this.agreedAt = agreedAt;
            return this;
        }

        public Builder reviewOn(@Nullable LocalDate reviewOn) {
            this.reviewOn = reviewOn;
            return this;
        }

        public PlanAgreed build() {
            return new PlanAgreed(caseId, planId, agreementType, agreedOn, validUntil, strategyCount,
                    needsWithoutStrategy, agreedAt, reviewOn);
        }
    }
}
