package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An integration plan and its agreement (EinV or Kooperationsplan) were agreed.
 *
 * <p>Topic {@code plan-agreed}, key: case id, version 1.
 *
 * @param agreementType EINV or KOOPERATIONSPLAN or NONE
 * @param reviewOn the agreement is reviewed jointly at the latest on this day (§ 15 SGB II); none for NONE and for
 *                 events from before it was carried
 */
@RecordBuilder
@Serdeable
public record PlanAgreed(
        UUID caseId,
        UUID planId,
        String agreementType,
        LocalDate agreedOn,
        @Nullable LocalDate validUntil,
        int strategyCount,
        int needsWithoutStrategy,
        Instant agreedAt,
        @Nullable LocalDate reviewOn)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static PlanAgreedBuilder builder() {
        return PlanAgreedBuilder.builder();
    }
}
