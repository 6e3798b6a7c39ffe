package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A sustainability check 6 or 12 months after a closure into work was recorded (docs/domain.md §16.2, TAH 6):
 * whether the employment lasted and whether it had at least 15 hours a week. Codes, dates and flags only: never
 * the case worker's note nor the source's content (docs/domain.md §12).
 *
 * <p>Topic {@code sustainability-checked}, key: case id, version 1.
 *
 * @param checkpointMonths 6 or 12
 * @param checkedOn        the day of the check
 * @param employmentLasted the employment still existed
 * @param atLeast15Hours   it had at least 15 hours a week; null where it did not last
 */
@RecordBuilder
@Serdeable
public record SustainabilityChecked(
        UUID caseId,
        UUID checkId,
        int checkpointMonths,
        LocalDate checkedOn,
        boolean employmentLasted,
        @Nullable Boolean atLeast15Hours,
        Instant recordedAt)
        implements EventPayload {

    /** Lasted with at least 15 hours a week: a sustained integration (TAH 6). */
    public boolean sustained() {
        return employmentLasted && Boolean.TRUE.equals(atLeast15Hours);
    }

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static SustainabilityCheckedBuilder builder() {
        return SustainabilityCheckedBuilder.builder();
    }
}
