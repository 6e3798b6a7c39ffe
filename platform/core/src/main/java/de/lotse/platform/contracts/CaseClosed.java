package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case was closed with a reason from the policy's closure catalogue (Fallabgang).
 *
 * <p>Topic {@code case-closed}, key: case id, version 1.
 *
 * @param caseId
 * @param reasonCode code from the Jobcenter's closure catalogue, e.g. EMPLOYMENT, MOVED
 * @param closedOn
 * @param durationDays days in case management, counted from the duration start
 * @param closedAt
 * @param integration the reason is an integration (employment, training, subsidised employment)
 * @param handoverRecorded a warm handover to the AV was recorded
 * @param afterCareUntil end of the after-care period (Nachbetreuung), if agreed
 * @param successorCaseId the case referred at the new Jobcenter after a move
 * @param policyVersion
 */
@Serdeable
public record CaseClosed(
        UUID caseId,
        String reasonCode,
        LocalDate closedOn,
        long durationDays,
        Instant closedAt,
        boolean integration,
        boolean handoverRecorded,
        @Nullable LocalDate afterCareUntil,
        @Nullable UUID successorCaseId,
        int policyVersion) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code CaseClosed} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private String reasonCode;
        private LocalDate closedOn;
        private long durationDays;
        private Instant closedAt;
        private boolean integration;
        private boolean handoverRecorded;
        private @Nullable LocalDate afterCareUntil;
        private @Nullable UUID successorCaseId;
        private int policyVersion;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder reasonCode(String reasonCode) {
            this.reasonCode = reasonCode;
            return this;
        }

        public Builder closedOn(LocalDate closedOn) {
            this.closedOn = closedOn;
            return this;
        }

        public Builder durationDays(long durationDays) {
            this.durationDays = durationDays;
            return this;
        }

        public Builder closedAt(Instant closedAt) {
            this.closedAt = closedAt;
            return this;
        }

        public Builder integration(boolean integration) {
            this.integration = integration;
            return this;
        }

        public Builder handoverRecorded(boolean handoverRecorded) {
            this.handoverRecorded = handoverRecorded;
            return this;
        }

        public Builder afterCareUntil(@Nullable LocalDate afterCareUntil) {
            this.afterCareUntil = afterCareUntil;
            return this;
        }

        public Builder successorCaseId(@Nullable UUID successorCaseId) {
            this.successorCaseId = successorCaseId;
            return this;
        }

        public Builder policyVersion(int policyVersion) {
            this.policyVersion = policyVersion;
            return this;
        }

        public CaseClosed build() {
            return new CaseClosed(caseId, reasonCode, closedOn, durationDays, closedAt, integration, handoverRecorded,
                    afterCareUntil, successorCaseId, policyVersion);
        }
    }
}
