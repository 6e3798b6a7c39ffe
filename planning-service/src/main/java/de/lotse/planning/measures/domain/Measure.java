package de.lotse.planning.measures.domain;

import de.lotse.platform.codes.MeasureInstrument;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure on the case (docs/domain.md §6): §16 SGB II instruments, §45 SGB III activation, AGH §16d,
 * EVL §16e, TaAM §16i, §16a services. Before it ends, a case conference is recommended to carry its
 * findings into the plan (UCKERMARK 6.8).
 *
 * @param title         the measure's name (e.g. the provider's course title)
 * @param partnerId     the provider, if it is a registered partner
 * @param outcome       the coded result once ended
 */
public record Measure(
        UUID id,
        UUID caseId,
        String jobcenterId,
        MeasureInstrument instrument,
        String title,
        UUID partnerId,
        LocalDate startedOn,
        LocalDate plannedEndOn,
        LocalDate endedOn,
        Outcome outcome,
        String recordedBy,
        Instant recordedAt,
        long version) {

    /** Coded result of a measure. */
    public enum Outcome {
        COMPLETED_SUCCESSFULLY(true),
        COMPLETED(false),
        ABORTED_BY_CUSTOMER(false),
        ABORTED_BY_PROVIDER(false),
        ABORTED_FOR_INTEGRATION(true),
        ABORTED_OTHER(false);

        private final boolean successful;

        Outcome(boolean successful) {
            this.successful = successful;
        }

        public boolean successful() {
            return successful;
        }
    }

    public static Measure start(
            UUID id,
            UUID caseId,
            String jobcenterId,
            MeasureInstrument instrument,
            String title,
            UUID partnerId,
            LocalDate startedOn,
            LocalDate plannedEndOn,
            LocalDate admittedOn,
            String by,
            Instant now) {
        if (startedOn.isBefore(admittedOn)) {
            throw new RuleViolation("startedOn", "BEFORE_ADMISSION", "Die Maßnahme beginnt nicht vor der Aufnahme.");
        }
        if (plannedEndOn != null && plannedEndOn.isBefore(startedOn)) {
            throw new RuleViolation("plannedEndOn", "BEFORE_START", "Das geplante Ende liegt nach dem Beginn.");
        }
        return new Measure(
                id, caseId, jobcenterId, instrument, title, partnerId, startedOn, plannedEndOn, null, null, by, now, 0);
    }

    public Measure end(LocalDate endedOn, Outcome outcome, LocalDate today) {
        if (this.endedOn != null) {
            throw new StateConflict("MEASURE_ENDED", "Die Maßnahme ist seit " + this.endedOn + " beendet.");
        }
        if (endedOn.isBefore(startedOn) || endedOn.isAfter(today)) {
            throw new RuleViolation(
                    "endedOn", "OUTSIDE_MEASURE_AND_TODAY", "Das Ende liegt zwischen Beginn und heute.");
        }
        return new Measure(
                id,
                caseId,
                jobcenterId,
                instrument,
                title,
                partnerId,
                startedOn,
                plannedEndOn,
                endedOn,
                outcome,
                recordedBy,
                recordedAt,
                version);
    }

    public boolean runningOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
