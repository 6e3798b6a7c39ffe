package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure ended, with a coded outcome.
 *
 * <p>Topic {@code measure-ended}, key: case id, version 1.
 */
@RecordBuilder
@Serdeable
public record MeasureEnded(
        UUID caseId,
        UUID measureId,
        String instrumentCode,
        LocalDate endedOn,
        String outcomeCode,
        boolean successful,
        Instant recordedAt)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static MeasureEndedBuilder builder() {
        return MeasureEndedBuilder.builder();
    }
}
