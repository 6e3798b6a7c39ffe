package de.lotse.planning.reductions.domain;

import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The record of a benefit-reduction check (Leistungsminderung, §§ 31–32 SGB II; docs/domain.md §14,
 * PANKOW 4.4, TAH 4.5): decided strictly by law. It cites the breach as a record of its kind — a duty
 * demanded in writing, a refused offer, a measure the customer aborted ({@link Ground}) — and takes the
 * breach, its date and the legal-consequence notice from that record. Free text never grounds it; the
 * justification is the author's reasoning and is not read by any rule. Consent status is not an input:
 * planning never learns it (ArchitectureTest), and no {@link Ground.Kind} or duty concerns one, so a
 * refused or revoked Schweigepflichtentbindung cannot lead to a reduction.
 *
 * @param breach               the breach of duty, following from the ground
 * @param ground               the cited record; none only for checks recorded before grounds existed
 * @param instructionGivenOn   the Rechtsfolgenbelehrung, from the cited record (for an aborted measure: as stated)
 * @param importantReason      the customer had an important reason
 * @param exceptionalHardship  a reduction would be an exceptional hardship
 * @param willingnessDeclaredOn the customer later declared willingness or made up for the duty
 * @param justification        free text (stays in planning)
 */
public record ReductionCheck(
        UUID id,
        UUID caseId,
        String jobcenterId,
        Breach breach,
        Ground ground,
        LocalDate breachOn,
        LocalDate instructionGivenOn,
        boolean importantReason,
        boolean exceptionalHardship,
        LocalDate willingnessDeclaredOn,
        Outcome outcome,
        String justification,
        String checkedBy,
        Instant checkedAt) {

    /** Pflichtverletzungen and Meldeversäumnisse of §§ 31, 32 SGB II. */
    public enum Breach {
        /** in der Aufforderung festgelegte Pflichten nicht erfüllt (§ 31 Abs. 1 Nr. 1) */
        OBLIGATION_NOT_FULFILLED,
        /** zumutbare Arbeit oder Ausbildung nicht aufgenommen oder fortgeführt (§ 31 Abs. 1 Nr. 2) */
        REASONABLE_OFFER_REFUSED,
        /** zumutbare Maßnahme nicht angetreten, abgebrochen oder Anlass für den Abbruch gegeben (§ 31 Abs. 1 Nr. 3) */
        MEASURE_ABORTED,
        /**
         * Meldeversäumnis (§ 32): only on checks recorded before grounds existed; it returns once appointments
         * with delivered invitations are records of their own.
         */
        MISSED_APPOINTMENT
    }

    public enum Outcome {
        /** keine Leistungsminderung */
        NO_REDUCTION,
        /** Leistungsminderung wird vorgeschlagen (die Entscheidung trifft die Leistungsstelle) */
        REDUCTION_PROPOSED
    }

    /**
     * @param cited         what the cited record establishes
     * @param breachOn      the day of the breach as stated; required for a duty demand, and for the other grounds
     *                      it must be the record's own date if given
     * @param statedNoticeOn the notice as stated — only for an aborted measure, whose record does not carry it
     */
    public static ReductionCheck record(
            UUID id,
            UUID caseId,
            String jobcenterId,
            CitedBreach cited,
            LocalDate breachOn,
            LocalDate statedNoticeOn,
            boolean importantReason,
            boolean exceptionalHardship,
            LocalDate willingnessDeclaredOn,
            Outcome outcome,
            String justification,
            String by,
            LocalDate today,
            Instant now) {
        Ground ground = cited.ground();
        if (!cited.established()) {
            throw new RuleViolation("ground.id", "NO_BREACH_IN_RECORD", cited.notEstablished());
        }
        LocalDate day = breachOn;
        if (cited.breachOn() != null) {
            if (breachOn != null && !breachOn.equals(cited.breachOn())) {
                throw new RuleViolation(
                        "breachOn",
                        "BREACH_DATE_FROM_RECORD",
                        "Der Tag der Pflichtverletzung ergibt sich aus dem zitierten Eintrag.");
            }
            day = cited.breachOn();
        }
        if (day == null) {
            throw new RuleViolation("breachOn", "REQUIRED", "Der Tag der Pflichtverletzung fehlt.");
        }
        if (day.isAfter(today)) {
            throw new RuleViolation("breachOn", "IN_FUTURE", "Die Pflichtverletzung liegt nicht in der Zukunft.");
        }
        if (cited.earliestBreachOn() != null && day.isBefore(cited.earliestBreachOn())) {
            throw new RuleViolation("breachOn", "BEFORE_DUE", "Eine Pflicht ist nicht vor ihrer Frist verletzt.");
        }
        LocalDate notice = cited.noticeOn();
        if (ground.kind() == Ground.Kind.MEASURE) {
            notice = statedNoticeOn;
        } else if (statedNoticeOn != null) {
            throw new RuleViolation(
                    "instructionGivenOn",
                    "NOTICE_FROM_RECORD",
                    "Die Rechtsfolgenbelehrung ergibt sich "
                            + "aus der zitierten Aufforderung oder dem zitierten Angebot.");
        }
        if (outcome == Outcome.REDUCTION_PROPOSED) {
            if (notice == null || notice.isAfter(day)) {
                throw new RuleViolation(
                        ground.kind() == Ground.Kind.MEASURE ? "instructionGivenOn" : "ground.id",
                        "INSTRUCTION_BEFORE_BREACH_REQUIRED",
                        "Eine Minderung setzt die vorher schriftlich erteilte Rechtsfolgenbelehrung voraus.");
            }
            if (importantReason) {
                throw new RuleViolation(
                        "outcome", "IMPORTANT_REASON", "Bei wichtigem Grund tritt keine Minderung ein.");
            }
            if (exceptionalHardship) {
                throw new RuleViolation(
                        "outcome", "EXCEPTIONAL_HARDSHIP", "Bei außergewöhnlicher Härte tritt keine Minderung ein.");
            }
        }
        if (justification == null || justification.isBlank()) {
            throw new RuleViolation("justification", "REQUIRED", "Die Prüfung ist zu begründen.");
        }
        return new ReductionCheck(
                id,
                caseId,
                jobcenterId,
                cited.breach(),
                ground,
                day,
                notice,
                importantReason,
                exceptionalHardship,
                willingnessDeclaredOn,
                outcome,
                justification,
                by,
                now);
    }
}
