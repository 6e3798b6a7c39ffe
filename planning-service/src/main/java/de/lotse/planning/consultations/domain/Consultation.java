package de.lotse.planning.consultations.domain;

import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A collegial case consultation (kollegiale Fallberatung, docs/domain.md §17; PANKOW 8, TAH 3.1, DV2017 9):
 * the FM presents a case to colleagues of the own team, who advise on a question. The record keeps what
 * the consultation needs — the day, who took part, the question and the outcome — and a pseudonym under
 * which participants who may not otherwise read the case see it (docs/domain.md §12).
 *
 * @param teamId       the presenting FM's team (the team the participants come from)
 * @param heldOn       the day of the consultation
 * @param presentedBy  the FM who presented the case and recorded the consultation
 * @param participants the colleagues who advised (subjects), 1–15, without the presenter
 * @param question     the question (Fragestellung); must not name the customer
 * @param outcome      the outcome or recommendation (Ergebnis)
 * @param pseudonym    e.g. "Fall K7F-3QX": random, so nothing about the case can be derived from it
 */
public record Consultation(
        UUID id,
        UUID caseId,
        String jobcenterId,
        String teamId,
        LocalDate heldOn,
        String presentedBy,
        List<String> participants,
        String question,
        String outcome,
        String pseudonym,
        Instant recordedAt) {
    public static final int MAX_PARTICIPANTS = 15;
    public static final int MAX_QUESTION = 2000;
    public static final int MAX_OUTCOME = 4000;

    public Consultation {
        participants = List.copyOf(participants);
    }

    public static Consultation record(
            UUID id,
            UUID caseId,
            String jobcenterId,
            String teamId,
            LocalDate heldOn,
            String presentedBy,
            List<String> participants,
            String question,
            String outcome,
            String pseudonym,
            LocalDate admittedOn,
            LocalDate today,
            Instant now) {
        if (heldOn.isAfter(today)) {
            throw new RuleViolation("heldOn", "IN_FUTURE", "Die Fallberatung liegt nicht in der Zukunft.");
        }
        if (admittedOn != null && heldOn.isBefore(admittedOn)) {
            throw new RuleViolation(
                    "heldOn", "BEFORE_ADMISSION", "Die Fallberatung liegt nicht vor der Aufnahme ins Fallmanagement.");
        }
        List<String> colleagues = participants(participants, presentedBy);
        String q = required("question", question, MAX_QUESTION, "Die Fragestellung");
        String o = required("outcome", outcome, MAX_OUTCOME, "Das Ergebnis");
        return new Consultation(id, caseId, jobcenterId, teamId, heldOn, presentedBy, colleagues, q, o, pseudonym, now);
    }

    /** The colleagues, stripped: 1–15 distinct subjects, the presenter not among them (always present). */
    static List<String> participants(List<String> participants, String presentedBy) {
        if (participants == null || participants.isEmpty()) {
            throw new RuleViolation(
                    "participants",
                    "REQUIRED",
                    "Mindestens eine Kollegin oder ein Kollege hat an der Fallberatung teilgenommen.");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String p : participants) {
            String subject = p == null ? "" : p.strip();
            if (subject.isEmpty()) {
                throw new RuleViolation("participants", "REQUIRED", "Eine Teilnehmerangabe ist leer.");
            }
            if (subject.equals(presentedBy)) {
                throw new RuleViolation(
                        "participants",
                        "PRESENTER",
                        "Sie stellen den Fall vor und nehmen ohnehin teil: bitte nur die Kolleginnen und Kollegen angeben.");
            }
            if (!distinct.add(subject)) {
                throw new RuleViolation("participants", "DUPLICATE", "„" + subject + "“ ist doppelt angegeben.");
            }
        }
        if (distinct.size() > MAX_PARTICIPANTS) {
            throw new RuleViolation(
                    "participants",
                    "TOO_MANY",
                    "Höchstens " + MAX_PARTICIPANTS + " Kolleginnen und Kollegen je Fallberatung.");
        }
        return List.copyOf(distinct);
    }

    private static String required(String field, String text, int max, String label) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation(field, "REQUIRED", label + " fehlt.");
        }
        if (stripped.length() > max) {
            throw new RuleViolation(field, "TOO_LONG", label + " hat höchstens " + max + " Zeichen.");
        }
        return stripped;
    }

    /** Whether the subject took part (as presenter or participant). */
    public boolean tookPart(String subject) {
        return presentedBy.equals(subject) || participants.contains(subject);
    }
}
