package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.util.UUID;

/**
 * A case moved to another team and FM of the same Jobcenter: U25 to Ü25 case management, a move to
 * another location of the Jobcenter, or a reorganisation. (A move to another Jobcenter closes the
 * case with reason MOVED and refers a successor case there.)
 *
 * <p>Topic {@code case-transferred}, key: case id, version 1.
 *
 * @param kind U25_TO_UE25, RELOCATION, REORGANISATION, MARKET_NEAR_HANDOVER, MARKET_FAR_HANDBACK (docs/domain.md §18)
 * @param ageGroup the case's age group after the transfer
 * @param runningMeasures measures still running at the transfer (UCKERMARK 6.7: finish them first where possible)
 * @param overCaseloadOverride the new FM is beyond the policy caseload ratio with a TL override
 */
@RecordBuilder
@Serdeable
public record CaseTransferred(
        UUID caseId,
        String kind,
        String fromTeamId,
        String toTeamId,
        @Nullable String fromCaseManagerId,
        String toCaseManagerId,
        Instant transferredAt,
        String ageGroup,
        int runningMeasures,
        boolean overCaseloadOverride,
        int policyVersion)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static CaseTransferredBuilder builder() {
        return CaseTransferredBuilder.builder();
    }
}
