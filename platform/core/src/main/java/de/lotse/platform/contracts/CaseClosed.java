package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case was closed with a reason from the policy's closure catalogue (Fallabgang).
 *
 * <p>Topic {@code case-closed}, key: case id, version 1.
 *
 * @param reasonCode code from the Jobcenter's closure catalogue, e.g. EMPLOYMENT, MOVED
 * @param durationDays days in case management, counted from the duration start
 * @param integration the reason is an integration (employment, training, subsidised employment)
 * @param handoverRecorded a warm handover to the AV was recorded
 * @param afterCareUntil end of the after-care period (Nachbetreuung), if agreed
 * @param successorCaseId the case referred at the new Jobcenter after a move
 */
@Serdeable
public record CaseClosed(
        UUID caseId,
        String reasonCode,
        LocalDate closedOn,
        long durationDays,
        Instant closedAt,
        boolean integration,
        boolean handoverRecorded,
        @Nullable LocalDate afterCareUntil,
        @Nullable UUID successorCaseId,
        int policyVersion) implements EventPayload {
}
