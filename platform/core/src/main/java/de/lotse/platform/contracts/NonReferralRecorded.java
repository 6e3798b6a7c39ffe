package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer meeting the access criteria was not referred (Nichtvormerkung), or a re-check of that
 * decision was documented. While {@code status} is OPEN the next re-check is due by {@code recheckDueOn}.
 *
 * <p>Topic {@code non-referral-recorded}, key: id of the non-referral record, version 1.
 *
 * @param caseId id of the non-referral record, used as key
 * @param teamId the AV's team
 * @param recheckDueOn when the decision must be checked again; none when resolved or the policy has no re-check rule
 * @param status OPEN or RESOLVED (referred after all, or criteria no longer met)
 * @param recheckNumber 0 for the decision itself, 1, 2, … for each documented re-check
 */
@RecordBuilder
@Serdeable
public record NonReferralRecorded(
        UUID caseId,
        UUID customerRef,
        String teamId,
        String reasonCode,
        @Nullable LocalDate recheckDueOn,
        Instant recordedAt,
        String status,
        int recheckNumber,
        int policyVersion)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static NonReferralRecordedBuilder builder() {
        return NonReferralRecordedBuilder.builder();
    }
}
