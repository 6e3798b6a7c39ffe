package de.lotse.assessment.assessments.domain;

import de.lotse.platform.codes.KeyGroup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A need (Handlungsbedarf). Its id stays the same across assessment versions, so progress can be
 * measured need by need.
 *
 * @param needId                   stable across versions
 * @param code                     from the catalogue; it determines the key group
 * @param description              free text (protected)
 * @param entrenched               verfestigt
 * @param statusSince              when the current status began
 * @param linkedToTargetOccupation the need stands in the way of the target occupation (UCKERMARK 4.1.1)
 * @param linkReason               otherwise: why it is a need (free text, protected)
 */
public record Need(
        UUID needId,
        NeedCode code,
        String description,
        NeedStatus status,
        Priority priority,
        boolean entrenched,
        LocalDate identifiedOn,
        LocalDate statusSince,
        boolean linkedToTargetOccupation,
        String linkReason) {

    public KeyGroup keyGroup() {
        return code.keyGroup();
    }

    public boolean open() {
        return status != NeedStatus.RESOLVED;
    }
}
