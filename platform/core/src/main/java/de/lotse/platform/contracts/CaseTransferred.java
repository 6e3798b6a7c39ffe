package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A case moved to another team or FM, e.g. U25 to Ü25 or after a change of residence.
 *
 * <p>Topic {@code case-transferred}, key: case id, version 1.
 *
 * @param caseId
 * @param kind U25_TO_UE25, RELOCATION, REORGANISATION
 * @param fromTeamId
 * @param toTeamId
 * @param fromCaseManagerId
 * @param toCaseManagerId
 * @param transferredAt
 */
@Serdeable
public record CaseTransferred(
        UUID caseId,
        String kind,
        String fromTeamId,
        String toTeamId,
        String fromCaseManagerId,
        String toCaseManagerId,
        Instant transferredAt) implements EventPayload {
}
