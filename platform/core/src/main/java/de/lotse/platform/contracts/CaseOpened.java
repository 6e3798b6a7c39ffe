package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An FM admitted a referred customer: the bFM case is open (Fallzugang).
 *
 * <p>Topic {@code case-opened}, key: case id, version 1.
 *
 * @param caseId
 * @param customerRef pseudonymous customer reference
 * @param teamId
 * @param caseManagerId subject id of the responsible FM
 * @param route
 * @param ageGroup U25 or UE25
 * @param policyVersion
 * @param admittedOn
 * @param admittedAt
 */
@Serdeable
public record CaseOpened(
        UUID caseId,
        UUID customerRef,
        String teamId,
        String caseManagerId,
        String route,
        String ageGroup,
        int policyVersion,
        LocalDate admittedOn,
        Instant admittedAt) implements EventPayload {
}
