package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The FM referred the customer to a partner service.
 *
 * <p>Topic {@code referral-sent}, key: case id, version 1.
 */
@RecordBuilder
@Serdeable
public record ReferralSent(
        UUID caseId,
        UUID referralId,
        UUID partnerId,
        String serviceCode,
        @Nullable UUID consentId,
        @Nullable LocalDate dueOn,
        Instant sentAt)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static ReferralSentBuilder builder() {
        return ReferralSentBuilder.builder();
    }
}
