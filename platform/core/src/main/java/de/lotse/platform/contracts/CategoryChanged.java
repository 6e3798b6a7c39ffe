package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * The customer's profile or category changed; {@code direction} says whether it is integration progress.
 *
 * <p>Topic {@code category-changed}, key: case id, version 1.
 *
 * @param direction UP, DOWN or LATERAL
 */
@Serdeable
public record CategoryChanged(
        UUID caseId,
        @Nullable String fromCode,
        String toCode,
        String direction,
        String reasonCode,
        Instant changedAt) implements EventPayload {
}
