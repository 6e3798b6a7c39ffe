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
}
