package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.util.UUID;

/**
 * A need (Handlungsbedarf) changed status, e.g. identified to resolved.
 *
 * <p>Topic {@code need-status-changed}, key: case id, version 1.
 */
@RecordBuilder
@Serdeable
public record NeedStatusChanged(
        UUID caseId,
        UUID needId,
        String keyGroup,
        String needCode,
        @Nullable String fromStatus,
        String toStatus,
        Instant changedAt)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static NeedStatusChangedBuilder builder() {
        return NeedStatusChangedBuilder.builder();
    }
}
