package de.lotse.intake.cases.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deadline on a case that someone has to act on.
 *
 * @param caseId
 * @param kind    what is due
 * @param dueOn
 * @param overdue the day has passed
 */
public record Deadline(UUID caseId, Kind kind, LocalDate dueOn, boolean overdue) {

    public enum Kind {
        /** assign an FM (secondary support) to the referral (TAH 4.3: 3 days) */
        SECONDARY_ASSIGNMENT,
        /** hold the first consultation (Einstiegsberatung) */
        FIRST_CONSULTATION,
        /** the clarification phase ends: is there a working alliance? (TAH 4.4) */
        CLARIFICATION_PHASE_END,
        /** the maximum duration is reached */
        MAX_DURATION,
        /** the deputy period ends */
        DEPUTY_ENDS
    }
}
