package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The customer gave a consent (Schweigepflichtentbindung) for one partner, limited to the listed scopes.
 *
 * <p>Topic {@code consent-granted}, key: case id, version 1.
 *
 * @param caseId
 * @param consentId
 * @param partnerId
 * @param scopes
 * @param purposeCode
 * @param validFrom
 * @param validUntil
 * @param grantedAt
 */
@Serdeable
public record ConsentGranted(
        UUID caseId,
        UUID consentId,
        UUID partnerId,
        List<String> scopes,
        String purposeCode,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant grantedAt) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code ConsentGranted} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID consentId;
        private UUID partnerId;
        private List<String> scopes;
        private String purposeCode;
        private LocalDate validFrom;
        private LocalDate validUntil;
        private Instant grantedAt;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder consentId(UUID consentId) {
            this.consentId = consentId;
            return this;
        }

        public Builder partnerId(UUID partnerId) {
            this.partnerId = partnerId;
            return this;
        }

        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        public Builder purposeCode(String purposeCode) {
            this.purposeCode = purposeCode;
            return this;
        }

        public Builder validFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
            return this;
        }

        public Builder validUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        public Builder grantedAt(Instant grantedAt) {
            this.grantedAt = grantedAt;
            return this;
        }

        public ConsentGranted build() {
            return new ConsentGranted(caseId, consentId, partnerId, scopes, purposeCode, validFrom, validUntil,
                    grantedAt);
        }
    }
}
