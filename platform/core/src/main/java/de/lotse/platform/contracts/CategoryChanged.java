package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.util.UUID;

/**
 * The customer's profile or category changed; {@code direction} says whether it is integration progress.
 *
 * <p>Topic {@code category-changed}, key: case id, version 1.
 *
 * @param direction UP, DOWN or LATERAL
 */
@RecordBuilder
@Serdeable
public record CategoryChanged(
        UUID caseId, @Nullable String fromCode, String toCode, String direction, String reasonCode, Instant changedAt)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static CategoryChangedBuilder builder() {
        return CategoryChangedBuilder.builder();
    }
}
