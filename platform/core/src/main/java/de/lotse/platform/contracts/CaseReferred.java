package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An AV (or another access route) referred a customer to case management (Vormerkung).
 *
 * <p>Topic {@code case-referred}, key: case id, version 1.
 *
 * @param caseId
 * @param referralId
 * @param customerRef pseudonymous customer reference, never the customer number
 * @param route access route code, e.g. AV, NEW_CUSTOMER_CENTRE
 * @param referredBy subject id of the referring AV
 * @param teamId
 * @param ageGroup U25 or UE25
 * @param reasonCodes
 * @param policyVersion
 * @param referredAt
 */
@Serdeable
public record CaseReferred(
        UUID caseId,
        UUID referralId,
        UUID customerRef,
        String route,
        String referredBy,
        String teamId,
        String ageGroup,
        List<String> reasonCodes,
        int policyVersion,
        Instant referredAt) implements EventPayload {
}
