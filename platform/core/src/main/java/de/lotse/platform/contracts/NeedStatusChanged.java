package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A need (Handlungsbedarf) changed status, e.g. identified to resolved.
 *
 * <p>Topic {@code need-status-changed}, key: case id, version 1.
 *
 * @param caseId
 * @param needId
 * @param keyGroup
 * @param needCode
 * @param fromStatus
 * @param toStatus
 * @param changedAt
 */
@Serdeable
public record NeedStatusChanged(
        UUID caseId,
        UUID needId,
        String keyGroup,
        String needCode,
        @Nullable String fromStatus,
        String toStatus,
        Instant changedAt) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code NeedStatusChanged} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID needId;
        private String keyGroup;
        private String needCode;
        private @Nullable String fromStatus;
        private String toStatus;
        private Instant changedAt;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder needId(UUID needId) {
            this.needId = needId;
            return this;
        }

        public Builder keyGroup(String keyGroup) {
            this.keyGroup = keyGroup;
            return this;
        }

        public Builder needCode(String needCode) {
            this.needCode = needCode;
            return this;
        }

        public Builder fromStatus(@Nullable String fromStatus) {
            this.fromStatus = fromStatus;
            return this;
        }

        public Builder toStatus(String toStatus) {
            this.toStatus = toStatus;
            return this;
        }

        public Builder changedAt(Instant changedAt) {
            this.changedAt = changedAt;
            return this;
        }

        public NeedStatusChanged build() {
            return new NeedStatusChanged(caseId, needId, keyGroup, needCode, fromStatus, toStatus, changedAt);
        }
    }
}
