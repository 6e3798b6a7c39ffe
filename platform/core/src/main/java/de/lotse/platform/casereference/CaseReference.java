package de.lotse.platform.casereference;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** What a downstream service knows of a case: ids and codes from {@code case-opened}. */
@Serdeable
public record CaseReference(UUID caseId, String jobcenterId, UUID customerRef, String teamId,
                            String caseManagerId, String ageGroup, int policyVersion, LocalDate admittedOn) {
}
