package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case was closed with a reason from the closure catalogue (Fallabgang).
 *
 * <p>Topic {@code case-closed}, key: case id, version 1.
 *
 * @param caseId
 * @param reasonCode
 * @param closedOn
 * @param durationDays
 * @param closedAt
 */
@Serdeable
public record CaseClosed(
        UUID caseId,
        String reasonCode,
        LocalDate closedOn,
        long durationDays,
        Instant closedAt) implements EventPayload {
}
