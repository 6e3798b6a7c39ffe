package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A need (Handlungsbedarf) changed status, e.g. identified to resolved.
 *
 * <p>Topic {@code need-status-changed}, key: case id, version 1.
 */
@Serdeable
public record NeedStatusChanged(
        UUID caseId,
        UUID needId,
        String keyGroup,
        String needCode,
        @Nullable String fromStatus,
        String toStatus,
        Instant changedAt) implements EventPayload {
}
