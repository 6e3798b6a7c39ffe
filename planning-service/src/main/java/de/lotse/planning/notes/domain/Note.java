package de.lotse.planning.notes.domain;

import java.time.Instant;
import java.util.UUID;

/** A note on a case; its text never leaves planning-service. */
public record Note(
        UUID id,
        UUID caseId,
        String jobcenterId,
        Visibility visibility,
        String text,
        UUID contactId,
        String author,
        Instant writtenAt) {}
