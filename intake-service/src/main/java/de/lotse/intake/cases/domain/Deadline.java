package de.lotse.intake.cases.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deadline on a case that someone has to act on.
 *
 * @param kind    what is due
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
        DEPUTY_ENDS,
        /** hold the first talk after the benefit decision (UCKERMARK 3, 4.1, 5: 10 working days) */
        FIRST_TALK,
        /** hand an adult A customer over to the FM for market-near customers, "unverzüglich" (UCKERMARK 3, 4.2) */
        MARKET_NEAR_HANDOVER,
        /** send the written invitation after the handover (UCKERMARK 4.2: 5 working days) */
        MARKET_NEAR_INVITATION,
        /** hold the first talk after the handover (UCKERMARK 4.2: 10 working days) */
        MARKET_NEAR_FIRST_TALK,
        /** assess whether the market-near support goes on (UCKERMARK 4.2, 6.6: 6 months, no automatic end) */
        MARKET_NEAR_REVIEW,
        /** instruct on legal consequences after a reactivation from X, Y, Z (UCKERMARK 4.1.1, 5.1) */
        REACTIVATION_INSTRUCTION,
        /** look again at a young customer's target group by its transition rule (UCKERMARK 5.2) */
        U25_TARGET_GROUP_REVIEW
    }
}
