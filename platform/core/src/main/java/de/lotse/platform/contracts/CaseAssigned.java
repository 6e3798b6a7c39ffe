package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case manager was assigned to a case (primary, secondary or deputy support).
 *
 * <p>Topic {@code case-assigned}, key: case id, version 1.
 *
 * @param caseId
 * @param caseManagerId
 * @param teamId
 * @param supportRole PRIMARY, SECONDARY or DEPUTY
 * @param firstConsultationDueOn
 * @param overCaseloadOverride assigned beyond the policy caseload ratio with a TL override
 * @param assignedAt
 */
@Serdeable
public record CaseAssigned(
        UUID caseId,
        String caseManagerId,
        String teamId,
        String supportRole,
        @Nullable LocalDate firstConsultationDueOn,
        boolean overCaseloadOverride,
        Instant assignedAt) implements EventPayload {
}
