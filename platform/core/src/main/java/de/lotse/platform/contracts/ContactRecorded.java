package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact with the customer (or about the case) took place.
 *
 * <p>Topic {@code contact-recorded}, key: case id, version 1.
 *
 * @param caseId
 * @param contactId
 * @param format IN_PERSON, PHONE, VIDEO, VISIT, WALK_AND_TALK, CASE_CONFERENCE, NETWORK
 * @param occurredOn
 * @param countsForDensity
 * @param nextAppointmentOn
 * @param recordedAt
 * @param afterCare recorded in the after-care period of the closed case; none on events from before it was carried
 */
@Serdeable
public record ContactRecorded(
        UUID caseId,
        UUID contactId,
        String format,
        LocalDate occurredOn,
        boolean countsForDensity,
        @Nullable LocalDate nextAppointmentOn,
        Instant recordedAt,
        @Nullable Boolean afterCare) implements EventPayload {

    /** A contact recorded in the after-care period of a closed case (docs/domain.md §16.1); none on older events. */
    public boolean inAfterCare() {
        return Boolean.TRUE.equals(afterCare);
    }

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code ContactRecorded} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID contactId;
        private String format;
        private LocalDate occurredOn;
        private boolean countsForDensity;
        private @Nullable LocalDate nextAppointmentOn;
        private Instant recordedAt;
        private @Nullable Boolean afterCare;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder contactId(UUID contactId) {
            this.contactId = contactId;
            return this;
        }

        public Builder format(String format) {
            this.format = format;
            return this;
        }

        public Builder occurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
            return this;
        }

        public Builder countsForDensity(boolean countsForDensity) {
            this.countsForDensity = countsForDensity;
            return this;
        }

        public Builder nextAppointmentOn(@Nullable LocalDate nextAppointmentOn) {
            this.nextAppointmentOn = nextAppointmentOn;
            return this;
        }

        public Builder recordedAt(Instant recordedAt) {
            this.recordedAt = recordedAt;
            return this;
        }

        public Builder afterCare(@Nullable Boolean afterCare) {
            this.afterCare = afterCare;
            return this;
        }

        public ContactRecorded build() {
            return new ContactRecorded(caseId, contactId, format, occurredOn, countsForDensity, nextAppointmentOn,
                    recordedAt, afterCare);
        }
    }
}
