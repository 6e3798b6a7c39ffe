package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
@Serdeable
public record ContinuationReviewed(
        UUID caseId,
        UUID reviewId,
        LocalDate reviewedOn,
        String decision,
        boolean extensionApproved,
        @Nullable LocalDate nextReviewDueOn,
        Instant recordedAt,
        @Nullable LocalDate extendedUntil)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static ContinuationReviewedBuilder builder() {
        return ContinuationReviewedBuilder.builder();
    }
}
