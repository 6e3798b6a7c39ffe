package de.lotse.planning.sustainability.domain;

import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A sustainability check 6 or 12 months after a closure into work (docs/domain.md §16.2; TAH 6, issue 16):
 * whether the employment lasted and whether it had at least 15 hours a week — success in TAH 6 counts
 * employment of more than 15 hours a week. Recorded from what the Jobcenter knows; the Jobcenter does not
 * contact a former customer for it, so an after-care contact is a source only within the after-care period.
 *
 * @param checkedOn        the day the Jobcenter checked
 * @param employmentLasted the employment still existed
 * @param atLeast15Hours   with at least 15 hours a week; null where it did not last
 * @param source           where the Jobcenter knows it from
 * @param note             the case worker's note (stays in planning)
 */
public record SustainabilityCheck(
        UUID id,
        UUID caseId,
        String jobcenterId,
        Checkpoint checkpoint,
        LocalDate checkedOn,
        boolean employmentLasted,
        Boolean atLeast15Hours,
        Source source,
        String note,
        String recordedBy,
        Instant recordedAt) {

    /** What the case reference knows of the closure. */
    public record Closure(LocalDate closedOn, boolean integration, LocalDate afterCareUntil) {}

    public static SustainabilityCheck record(
            UUID id,
            UUID caseId,
            String jobcenterId,
            Checkpoint checkpoint,
            LocalDate checkedOn,
            boolean employmentLasted,
            Boolean atLeast15Hours,
            Source source,
            String note,
            Closure closure,
            LocalDate today,
            String by,
            Instant now) {
        if (!closure.integration()) {
            throw new RuleViolation(
                    null,
                    "NO_INTEGRATION",
                    "Eine Prüfung der Nachhaltigkeit folgt nur einem "
                            + "Abgang in Arbeit, Ausbildung oder geförderte Beschäftigung.");
        }
        if (checkedOn.isAfter(today)) {
            throw new RuleViolation("checkedOn", "IN_FUTURE", "Die Prüfung liegt nicht in der Zukunft.");
        }
        LocalDate due = closure.closedOn().plusMonths(checkpoint.months());
        if (checkedOn.isBefore(due)) {
            throw new RuleViolation(
                    "checkedOn",
                    "NOT_DUE_YET",
                    "Die Prüfung nach " + checkpoint.months() + " Monaten ist erst ab dem " + due
                            + " fällig (Abgang am " + closure.closedOn() + ").");
        }
        if (employmentLasted && atLeast15Hours == null) {
            throw new RuleViolation(
                    "atLeast15Hours",
                    "REQUIRED",
                    "Bitte angeben, ob die Beschäftigung mindestens " + "15 Stunden pro Woche umfasst.");
        }
        if (!employmentLasted && Boolean.TRUE.equals(atLeast15Hours)) {
            throw new RuleViolation(
                    "atLeast15Hours",
                    "NO_EMPLOYMENT",
                    "Ohne fortbestehende Beschäftigung gibt es " + "keine Wochenstunden anzugeben.");
        }
        if (source == Source.AFTER_CARE_CONTACT
                && (closure.afterCareUntil() == null || checkedOn.isAfter(closure.afterCareUntil()))) {
            throw new RuleViolation(
                    "source",
                    "NO_CONTACT_OUTSIDE_AFTER_CARE",
                    closure.afterCareUntil() == null
                            ? "Eine Nachbetreuung wurde nicht vereinbart: Das Jobcenter nimmt für die Prüfung keinen Kontakt "
                                    + "zur ehemaligen Kundin oder zum ehemaligen Kunden auf."
                            : "Die Nachbetreuung endete am " + closure.afterCareUntil()
                                    + ": Danach nimmt das Jobcenter für "
                                    + "die Prüfung keinen Kontakt zur ehemaligen Kundin oder zum ehemaligen Kunden auf.");
        }
        return new SustainabilityCheck(
                id,
                caseId,
                jobcenterId,
                checkpoint,
                checkedOn,
                employmentLasted,
                employmentLasted ? atLeast15Hours : null,
                source,
                note == null || note.isBlank() ? null : note,
                by,
                now);
    }

    /** Lasted with at least 15 hours a week: a sustained integration (TAH 6). */
    public boolean sustained() {
        return employmentLasted && Boolean.TRUE.equals(atLeast15Hours);
    }
}
