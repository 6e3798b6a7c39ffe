package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An AV (or another access route) referred a customer to case management (Vormerkung).
 *
 * <p>Topic {@code case-referred}, key: case id, version 1.
 *
 * @param customerRef pseudonymous customer reference, never the customer number
 * @param route access route code: AV, NEW_CUSTOMER_CENTRE, FAMILY, NETWORK_PARTNER, LEGAL_GUARDIAN, RELOCATION
 * @param referredBy subject id of the referring staff member
 * @param teamId the FM team the referral goes to
 * @param ageGroup U25 or UE25
 * @param reasonCodes access reasons (Zugangsgründe), each one a satisfied access path of the policy
 * @param policyVersion the Jobcenter policy version the referral was checked against
 * @param secondaryAssignmentDueOn by when an FM must be assigned (TAH: 3 days), if the policy sets a deadline
 * @param predecessorCaseId the case this one continues after a move from another Jobcenter
 */
@RecordBuilder
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
        Instant referredAt,
        @Nullable LocalDate secondaryAssignmentDueOn,
        @Nullable UUID predecessorCaseId)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static CaseReferredBuilder builder() {
        return CaseReferredBuilder.builder();
    }
}
