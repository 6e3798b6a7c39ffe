package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer meeting the criteria was not referred (Nichtvormerkung); the re-check is due by {@code recheckDueOn}.
 *
 * <p>Topic {@code non-referral-recorded}, key: case id of the non-referral record, version 1.
 *
 * @param caseId id of the non-referral record, used as key
 * @param customerRef
 * @param teamId
 * @param reasonCode
 * @param recheckDueOn
 * @param recordedAt
 */
@Serdeable
public record NonReferralRecorded(
        UUID caseId,
        UUID customerRef,
        String teamId,
        String reasonCode,
        LocalDate recheckDueOn,
        Instant recordedAt) implements EventPayload {
}
