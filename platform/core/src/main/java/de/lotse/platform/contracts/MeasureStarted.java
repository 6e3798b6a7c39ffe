package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure (e.g. §16d AGH, §45 SGB III) started for the case.
 *
 * <p>Topic {@code measure-started}, key: case id, version 1.
 */
@RecordBuilder
@Serdeable
public record MeasureStarted(
        UUID caseId,
        UUID measureId,
        String instrumentCode,
        LocalDate startedOn,
        @Nullable LocalDate plannedEndOn,
        @Nullable UUID partnerId,
        Instant recordedAt)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static MeasureStartedBuilder builder() {
        return MeasureStartedBuilder.builder();
    }
}
