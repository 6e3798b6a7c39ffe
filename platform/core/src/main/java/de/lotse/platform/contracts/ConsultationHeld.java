package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A collegial case consultation (kollegiale Fallberatung) was held on a case and recorded by its FM
 * (docs/domain.md §17, PANKOW 8, TAH 3.1, DV2017 9). Counts and dates only: never the question, the outcome,
 * nor who took part — reporting counts consultations, it needs nothing else (docs/domain.md §12).
 *
 * <p>Topic {@code consultation-held}, key: case id, version 1.
 *
 * @param heldOn           the day of the consultation
 * @param participantCount the colleagues who advised, besides the presenting FM (1–15)
 */
@Serdeable
public record ConsultationHeld(
        UUID caseId, UUID consultationId, LocalDate heldOn, int participantCount, Instant recordedAt)
        implements EventPayload {}
