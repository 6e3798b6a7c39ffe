package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact with the customer (or about the case) took place.
 *
 * <p>Topic {@code contact-recorded}, key: case id, version 1.
 *
 * @param format IN_PERSON, PHONE, VIDEO, VISIT, WALK_AND_TALK, CASE_CONFERENCE, NETWORK
 * @param afterCare recorded in the after-care period of the closed case; none on events from before it was carried
 */
@RecordBuilder
@Serdeable
public record ContactRecorded(
        UUID caseId,
        UUID contactId,
        String format,
        LocalDate occurredOn,
        boolean countsForDensity,
        @Nullable LocalDate nextAppointmentOn,
        Instant recordedAt,
        @Nullable Boolean afterCare)
        implements EventPayload {

    /** A contact recorded in the after-care period of a closed case (docs/domain.md §16.1); none on older events. */
    public boolean inAfterCare() {
        return Boolean.TRUE.equals(afterCare);
    }

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static ContactRecordedBuilder builder() {
        return ContactRecordedBuilder.builder();
    }
}
