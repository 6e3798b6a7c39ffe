package de.lotse.planning.duties.domain;

import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A job, training or measure offered to the customer (Vermittlungsvorschlag, Zuweisung) and the customer's
 * answer. A refused or not taken up offer made with a written legal-consequence notice can ground a
 * reduction check (§ 31 Abs. 1 Nr. 2 SGB II; docs/domain.md §14).
 *
 * @param description  the offer, e.g. employer and position (stays in planning)
 * @param withLegalConsequenceNotice the offer explained the legal consequences in writing
 * @param response     none until the customer answered
 */
public record Offer(
        UUID id,
        UUID caseId,
        String jobcenterId,
        Kind kind,
        String description,
        LocalDate offeredOn,
        boolean withLegalConsequenceNotice,
        Response response,
        LocalDate respondedOn,
        String recordedBy,
        Instant recordedAt,
        long version) {

    public enum Kind {
        /** Arbeitsstelle */
        JOB,
        /** Ausbildung */
        TRAINING,
        /** Maßnahme zur Eingliederung (einschließlich Arbeitsgelegenheit) */
        MEASURE
    }

    public enum Response {
        /** angenommen */
        ACCEPTED,
        /** abgelehnt */
        REFUSED,
        /** nicht angetreten oder durch Verhalten vereitelt */
        NOT_TAKEN_UP
    }

    public static Offer record(
            UUID id,
            UUID caseId,
            String jobcenterId,
            Kind kind,
            String description,
            LocalDate offeredOn,
            boolean withLegalConsequenceNotice,
            LocalDate admittedOn,
            LocalDate today,
            String by,
            Instant now) {
        if (offeredOn.isAfter(today)) {
            throw new RuleViolation("offeredOn", "IN_FUTURE", "Das Angebot liegt nicht in der Zukunft.");
        }
        if (admittedOn != null && offeredOn.isBefore(admittedOn)) {
            throw new RuleViolation(
                    "offeredOn", "BEFORE_ADMISSION", "Das Angebot liegt nicht vor der Aufnahme ins Fallmanagement.");
        }
        return new Offer(
                id,
                caseId,
                jobcenterId,
                kind,
                description,
                offeredOn,
                withLegalConsequenceNotice,
                null,
                null,
                by,
                now,
                0);
    }

    public Offer answer(Response response, LocalDate respondedOn, LocalDate today) {
        if (this.response != null) {
            throw new StateConflict("OFFER_ANSWERED", "Die Antwort auf das Angebot ist schon dokumentiert.");
        }
        if (respondedOn.isBefore(offeredOn) || respondedOn.isAfter(today)) {
            throw new RuleViolation(
                    "respondedOn", "OUTSIDE_OFFER_AND_TODAY", "Die Antwort liegt zwischen dem Angebot und heute.");
        }
        return new Offer(
                id,
                caseId,
                jobcenterId,
                kind,
                description,
                offeredOn,
                withLegalConsequenceNotice,
                response,
                respondedOn,
                recordedBy,
                recordedAt,
                version);
    }

    /** The customer refused it or did not take it up. */
    public boolean refused() {
        return response == Response.REFUSED || response == Response.NOT_TAKEN_UP;
    }
}
