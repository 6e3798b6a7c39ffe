package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
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
        int policyVersion)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static CaseClosedBuilder builder() {
        return CaseClosedBuilder.builder();
    }
}
