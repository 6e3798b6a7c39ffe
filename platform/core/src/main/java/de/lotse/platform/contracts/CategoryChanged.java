package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * The customer's profile or category changed; {@code direction} says whether it is integration progress.
 *
 * <p>Topic {@code category-changed}, key: case id, version 1.
 *
 * @param caseId
 * @param fromCode
 * @param toCode
 * @param direction UP, DOWN or LATERAL
 * @param reasonCode
 * @param changedAt
 */
@Serdeable
public record CategoryChanged(
        UUID caseId,
        @Nullable String fromCode,
        String toCode,
        String direction,
        String reasonCode,
        Instant changedAt) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code CategoryChanged} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private @Nullable String fromCode;
        private String toCode;
        private String direction;
        private String reasonCode;
        private Instant changedAt;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder fromCode(@Nullable String fromCode) {
            this.fromCode = fromCode;
            return this;
        }

        public Builder toCode(String toCode) {
            this.toCode = toCode;
            return this;
        }

        public Builder direction(String direction) {
            this.direction = direction;
            return this;
        }

        public Builder reasonCode(String reasonCode) {
            this.reasonCode = reasonCode;
            return this;
        }

        public Builder changedAt(Instant changedAt) {
            this.changedAt = changedAt;
            return this;
        }

        public CategoryChanged build() {
            return new CategoryChanged(caseId, fromCode, toCode, direction, reasonCode, changedAt);
        }
    }
}
