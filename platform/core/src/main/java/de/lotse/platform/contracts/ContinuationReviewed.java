package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A continuation review (Fortführungsprüfung) was documented.
 *
 * <p>Topic {@code continuation-reviewed}, key: case id, version 1.
 *
 * @param decision CONTINUE, CLOSE or EXTEND
 * @param extendedUntil the end of an extension past the maximum duration (EXTEND), approved or requested
 */
@Serdeable
public record ContinuationReviewed(
        UUID caseId,
        UUID reviewId,
        LocalDate reviewedOn,
        String decision,
        boolean extensionApproved,
        @Nullable LocalDate nextReviewDueOn,
        Instant recordedAt,
        @Nullable LocalDate extendedUntil) implements EventPayload {
}
