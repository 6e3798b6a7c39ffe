package de.lotse.planning.reviews.domain;

import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A continuation review (Fortführungsprüfung) 6 months after admission and every 6 months after
 * (BA2010 3c, PANKOW 4.5, TAH 4.11): the reasons for continuing and the prognosis of success. Past
 * the maximum duration a case continues only on a basis the policy allows — a team lead's approved
 * extension (PANKOW), documented reasons (BA2010), or a running AGH (TAH).
 *
 * @param decision        CONTINUE, CLOSE (recommend closure) or EXTEND (continue past the maximum duration)
 * @param reasons         reasons for the decision (stays in planning)
 * @param prognosis       prognosis of success
 * @param basis           on what the case continues
 * @param extension       NOT_NEEDED, REQUESTED (awaiting the team lead), APPROVED, REJECTED
 * @param extendedUntil   an extension's end
 * @param decidedBy       the team lead who decided a requested extension
 * @param version         optimistic lock
 */
public record ContinuationReview(
        UUID id,
        UUID caseId,
        String jobcenterId,
        LocalDate reviewedOn,
        Decision decision,
        String reasons,
        Prognosis prognosis,
        Basis basis,
        Extension extension,
        LocalDate extendedUntil,
        String decidedBy,
        String decisionNote,
        LocalDate nextReviewDueOn,
        int policyVersion,
        String reviewedBy,
        Instant recordedAt,
        long version) {

    public enum Decision {
        CONTINUE,
        CLOSE,
        EXTEND
    }

    /** Erfolgsaussichten. */
    public enum Prognosis {
        GOOD,
        MODERATE,
        LOW
    }

    public enum Basis {
        /** within the maximum duration */
        WITHIN_MAX_DURATION,
        /** the policy has no maximum duration */
        NO_MAX_DURATION,
        /** past the maximum: an AGH runs (TAH 4.2, 4.11) */
        AGH_RUNNING,
        /** past the maximum: an extension approved by the team lead, or documented reasons */
        EXTENSION,
        /** the FM recommends closing the case */
        CLOSURE
    }

    public enum Extension {
        NOT_NEEDED,
        REQUESTED,
        APPROVED,
        REJECTED
    }

    /** Maximum length of one extension. */
    static final int MAX_EXTENSION_MONTHS = 12;

    /**
     * @param maxDurationEndsOn  the case's maximum duration end (from case-opened), if any
     * @param aghRunning         an AGH of the case runs on the review day
     * @param extensionUntil     the end of an approved extension covering the review day, if any
     */
    public static ContinuationReview record(
            UUID id,
            UUID caseId,
            String jobcenterId,
            LocalDate reviewedOn,
            Decision decision,
            String reasons,
            Prognosis prognosis,
            LocalDate extendedUntil,
            LocalDate admittedOn,
            LocalDate maxDurationEndsOn,
            boolean aghRunning,
            LocalDate extensionUntil,
            PlanningPolicy policy,
            String by,
            LocalDate today,
            Instant now) {
        if (reviewedOn.isBefore(admittedOn) || reviewedOn.isAfter(today)) {
            throw new RuleViolation(
                    "reviewedOn", "OUTSIDE_CASE_AND_TODAY", "Die Prüfung liegt zwischen Aufnahme und heute.");
        }
        if (decision != Decision.CLOSE && (reasons == null || reasons.isBlank() || prognosis == null)) {
            throw new RuleViolation(
                    "reasons",
                    "REASONS_REQUIRED",
                    "Bitte die Gründe für die Fortführung und die Erfolgsaussichten angeben.");
        }
        LocalDate next = reviewedOn.plusMonths(policy.continuationReviewMonths());
        boolean pastMax = maxDurationEndsOn != null && !reviewedOn.isBefore(maxDurationEndsOn);
        return switch (decision) {
            case CLOSE ->
                new ContinuationReview(
                        id,
                        caseId,
                        jobcenterId,
                        reviewedOn,
                        decision,
                        reasons,
                        prognosis,
                        Basis.CLOSURE,
                        Extension.NOT_NEEDED,
                        null,
                        null,
                        null,
                        null,
                        policy.version(),
                        by,
                        now,
                        0);
            case CONTINUE -> {
                Basis basis;
                if (maxDurationEndsOn == null) {
                    basis = Basis.NO_MAX_DURATION;
                } else if (!pastMax) {
                    basis = Basis.WITHIN_MAX_DURATION;
                } else if (policy.aghContinuesBeyondMaxDuration() && aghRunning) {
                    basis = Basis.AGH_RUNNING;
                } else if (extensionUntil != null && !reviewedOn.isAfter(extensionUntil)) {
                    basis = Basis.EXTENSION;
                } else {
                    throw new RuleViolation(
                            "decision",
                            "MAX_DURATION_REACHED",
                            "Die maximale Betreuungsdauer endete am "
                                    + maxDurationEndsOn + ". Weiter nur mit genehmigter Verlängerung (EXTEND)"
                                    + (policy.aghContinuesBeyondMaxDuration()
                                            ? " oder während einer Arbeitsgelegenheit"
                                            : "")
                                    + "; sonst ist der Fall zu beenden.");
                }
                yield new ContinuationReview(
                        id,
                        caseId,
                        jobcenterId,
                        reviewedOn,
                        decision,
                        reasons,
                        prognosis,
                        basis,
                        Extension.NOT_NEEDED,
                        null,
                        null,
                        null,
                        next,
                        policy.version(),
                        by,
                        now,
                        0);
            }
            case EXTEND -> {
                if (maxDurationEndsOn == null) {
                    throw new RuleViolation("decision", "NO_MAX_DURATION", "Die Richtlinie kennt keine Höchstdauer.");
                }
                if ("NONE".equals(policy.maxDurationExtension())) {
                    throw new RuleViolation(
                            "decision",
                            "NO_EXTENSION_IN_POLICY",
                            "Die Richtlinie sieht keine Verlängerung "
                                    + "über die Höchstdauer vor"
                                    + (policy.aghContinuesBeyondMaxDuration()
                                            ? " (nur während einer Arbeitsgelegenheit geht es weiter)."
                                            : "."));
                }
                if (extendedUntil == null
                        || !extendedUntil.isAfter(maxDurationEndsOn)
                        || extendedUntil.isAfter(reviewedOn.plusMonths(MAX_EXTENSION_MONTHS))) {
                    throw new RuleViolation(
                            "extendedUntil",
                            "EXTENSION_PERIOD",
                            "Die Verlängerung endet nach der Höchstdauer (" + maxDurationEndsOn + ") und höchstens "
                                    + MAX_EXTENSION_MONTHS + " Monate nach der Prüfung.");
                }
                boolean teamLead = "TEAM_LEAD_APPROVAL".equals(policy.maxDurationExtension());
                yield new ContinuationReview(
                        id,
                        caseId,
                        jobcenterId,
                        reviewedOn,
                        decision,
                        reasons,
                        prognosis,
                        Basis.EXTENSION,
                        teamLead ? Extension.REQUESTED : Extension.APPROVED,
                        extendedUntil,
                        null,
                        null,
                        next,
                        policy.version(),
                        by,
                        now,
                        0);
            }
        };
    }

    /** The team lead decides a requested extension (PANKOW 4.5: longer only agreed with the team lead). */
    public ContinuationReview decide(String teamLead, boolean approve, String note) {
        if (extension != Extension.REQUESTED) {
            throw new StateConflict("NO_EXTENSION_REQUESTED", "Für diese Prüfung ist keine Verlängerung beantragt.");
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "NOTE_REQUIRED", "Die Entscheidung der Teamleitung ist zu begründen.");
        }
        return new ContinuationReview(
                id,
                caseId,
                jobcenterId,
                reviewedOn,
                decision,
                reasons,
                prognosis,
                basis,
                approve ? Extension.APPROVED : Extension.REJECTED,
                extendedUntil,
                teamLead,
                note,
                nextReviewDueOn,
                policyVersion,
                reviewedBy,
                recordedAt,
                version);
    }

    public boolean extensionApproved() {
        return extension == Extension.APPROVED;
    }
}
