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
}
