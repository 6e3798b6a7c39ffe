package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure ended, with a coded outcome.
 *
 * <p>Topic {@code measure-ended}, key: case id, version 1.
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
}
