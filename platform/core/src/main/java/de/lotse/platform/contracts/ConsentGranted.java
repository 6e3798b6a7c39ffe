package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The customer gave a consent (Schweigepflichtentbindung) for one partner, limited to the listed scopes.
 *
 * <p>Topic {@code consent-granted}, key: case id, version 1.
 */
@RecordBuilder
@Serdeable
public record ConsentGranted(
        UUID caseId,
        UUID consentId,
        UUID partnerId,
        List<String> scopes,
        String purposeCode,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant grantedAt)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static ConsentGrantedBuilder builder() {
        return ConsentGrantedBuilder.builder();
    }
}
