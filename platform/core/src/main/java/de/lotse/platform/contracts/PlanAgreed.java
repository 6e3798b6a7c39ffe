package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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
        @Nullable LocalDate reviewOn) implements EventPayload {
}
