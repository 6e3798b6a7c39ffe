package de.lotse.planning.reductions.domain;

import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The record of a benefit-reduction check (Leistungsminderung, §§31–32 SGB II; PANKOW 4.4, TAH 4.5):
 * decided strictly by law. It documents the breach, that the legal-consequence instruction was given
 * before it, an important reason (wichtiger Grund), exceptional hardship (außergewöhnliche Härte)
 * and a later declared willingness. Refusing or revoking a consent to share data with a counselling
 * agency is never a reason (PANKOW 4.4) — planning does not even learn consent status; a record that
 * cites it is refused.
 *
 * @param id
 * @param caseId
 * @param jobcenterId
 * @param breach               the coded breach of duty
 * @param breachOn
 * @param instructionGivenOn   the Rechtsfolgenbelehrung
 * @param importantReason      the customer had an important reason
 * @param exceptionalHardship  a reduction would be an exceptional hardship
 * @param willingnessDeclaredOn the customer later declared willingness or made up for the duty
 * @param outcome
 * @param justification        free text (stays in planning)
 * @param checkedBy
 * @param checkedAt
 */
public record ReductionCheck(UUID id, UUID caseId, String jobcenterId, Breach breach, LocalDate breachOn,
                             LocalDate instructionGivenOn, boolean importantReason, boolean exceptionalHardship,
                             LocalDate willingnessDeclaredOn, Outcome outcome, String justification, String checkedBy,
                             Instant checkedAt) {

    /** Pflichtverletzungen and Meldeversäumnisse of §§31, 32 SGB II. */
    public enum Breach {
        /** Pflichten aus Kooperationsplan / Eingliederungsvereinbarung oder Aufforderung nicht erfüllt (§31 Abs. 1 Nr. 1) */
        OBLIGATION_NOT_FULFILLED,
        /** zumutbare Arbeit, Ausbildung oder Maßnahme nicht aufgenommen oder fortgeführt (§31 Abs. 1 Nr. 2) */
        REASONABLE_OFFER_REFUSED,
        /** Maßnahme abgebrochen oder Anlass für den Abbruch gegeben (§31 Abs. 1 Nr. 3) */
        MEASURE_ABORTED,
        /** Meldeversäumnis (§32) */
        MISSED_APPOINTMENT
    }

    public enum Outcome {
        /** keine Leistungsminderung */
        NO_REDUCTION,
        /** Leistungsminderung wird vorgeschlagen (die Entscheidung trifft die Leistungsstelle) */
        REDUCTION_PROPOSED
    }

    /** Codes a client might send that cite a consent: refused with a rule, never read as a breach. */
    public static final Set<String> CONSENT_CODES = Set.of("CONSENT_REFUSED", "CONSENT_REVOKED", "CONSENT_LIMITED",
            "CONSENT_NOT_GIVEN");
    private static final Pattern CONSENT_WORDS = Pattern.compile(
            "schweigepflicht|entbindung|einwilligung|datenschutzerkl|consent", Pattern.CASE_INSENSITIVE);

    /**
     * @param breachCode the code as sent: a consent code is refused before it is read as a breach
     */
    public static ReductionCheck record(UUID id, UUID caseId, String jobcenterId, String breachCode, LocalDate breachOn,
                                        LocalDate instructionGivenOn, boolean importantReason, boolean exceptionalHardship,
                                        LocalDate willingnessDeclaredOn, Outcome outcome, String justification,
                                        String by, LocalDate today, Instant now) {
        String code = breachCode == null ? "" : breachCode.trim().toUpperCase(Locale.ROOT);
        if (CONSENT_CODES.contains(code) || CONSENT_WORDS.matcher(code).find()
                || (justification != null && CONSENT_WORDS.matcher(justification).find())) {
            throw new RuleViolation(CONSENT_CODES.contains(code) || CONSENT_WORDS.matcher(code).find() ? "breach"
                    : "justification", "CONSENT_NEVER_A_REASON", "Die Verweigerung oder der Widerruf einer "
                    + "Schweigepflichtentbindung darf keine Nachteile und keine Rechtsfolgen haben (PANKOW 4.4).");
        }
        Breach breach;
        try {
            breach = Breach.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("breach", "UNKNOWN_BREACH", "Pflichtverletzung aus dem Katalog: "
                    + List.of(Breach.values()) + ".");
        }
        if (breachOn.isAfter(today)) {
            throw new RuleViolation("breachOn", "IN_FUTURE", "Die Pflichtverletzung liegt nicht in der Zukunft.");
        }
        if (outcome == Outcome.REDUCTION_PROPOSED) {
            if (instructionGivenOn == null || instructionGivenOn.isAfter(breachOn)) {
                throw new RuleViolation("instructionGivenOn", "INSTRUCTION_BEFORE_BREACH_REQUIRED", "Eine Minderung setzt "
                        + "die vorher erteilte Rechtsfolgenbelehrung voraus.");
            }
            if (importantReason) {
                throw new RuleViolation("outcome", "IMPORTANT_REASON", "Bei wichtigem Grund tritt keine Minderung ein.");
            }
            if (exceptionalHardship) {
                throw new RuleViolation("outcome", "EXCEPTIONAL_HARDSHIP", "Bei außergewöhnlicher Härte tritt keine Minderung ein.");
            }
        }
        if (justification == null || justification.isBlank()) {
            throw new RuleViolation("justification", "REQUIRED", "Die Prüfung ist zu begründen.");
        }
        return new ReductionCheck(id, caseId, jobcenterId, breach, breachOn, instructionGivenOn, importantReason,
                exceptionalHardship, willingnessDeclaredOn, outcome, justification, by, now);
    }
}
