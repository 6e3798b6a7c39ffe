package de.lotse.network.referrals.domain;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.domain.Scope;
import de.lotse.network.partners.domain.Partner;
import de.lotse.network.partners.domain.PartnerType;
import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A referral of the customer to a partner's service (docs/domain.md §9, TAH 7): requested → accepted /
 * rejected → started → completed / aborted; the FM can revoke it while it is open; the case's closure
 * ends it. The partner learns of the customer only what the customer hands over (the reference code)
 * — unless a consent for exactly this partner releases the contact details. What the partner reports
 * back about the customer is limited the same way: each report needs the consent's scope for it.
 *
 * @param referenceCode  the code the customer hands over at the partner
 * @param customer       contact details, only stored with a consent covering them
 * @param dueOn          by when the partner should have started
 * @param reasonCode     rejection or abort reason (coded)
 * @param nextStepCode   the partner's coded recommendation
 * @param attended       the customer kept the first appointment (reported by the partner)
 * @param version        optimistic lock
 */
public record Referral(
        UUID id,
        UUID caseId,
        String jobcenterId,
        UUID partnerId,
        ServiceCode service,
        Status status,
        String referenceCode,
        CustomerContact customer,
        LocalDate dueOn,
        String reasonCode,
        LocalDate startedOn,
        LocalDate endedOn,
        String nextStepCode,
        Boolean attended,
        String sentBy,
        Instant sentAt,
        Instant updatedAt,
        long version) {

    public enum Status {
        REQUESTED("angefragt"),
        ACCEPTED("angenommen"),
        REJECTED("abgelehnt"),
        STARTED("begonnen"),
        COMPLETED("abgeschlossen"),
        ABORTED("abgebrochen"),
        REVOKED("zurückgezogen"),
        ENDED_BY_CLOSURE("durch Fallabschluss beendet");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The status as the users read it in messages (the web app's words). */
        public String label() {
            return label;
        }

        public boolean open() {
            return this == REQUESTED || this == ACCEPTED || this == STARTED;
        }
    }

    /** What a partner may report; REVOKED and ENDED_BY_CLOSURE are the Jobcenter's, REQUESTED the start. */
    public static final Set<Status> PARTNER_STATUSES = Collections.unmodifiableSet(
            EnumSet.of(Status.ACCEPTED, Status.REJECTED, Status.STARTED, Status.COMPLETED, Status.ABORTED));

    /** Coded reasons a partner may give (no free text about counselling). */
    public static final Set<String> REJECTION_REASONS =
            Set.of("NO_CAPACITY", "NOT_RESPONSIBLE", "SERVICE_NOT_SUITABLE", "CUSTOMER_NOT_REACHED");

    public static final Set<String> ABORT_REASONS = Set.of(
            "CUSTOMER_ENDED", "NO_SHOW_REPEATED", "MOVED_AWAY", "HEALTH_REASONS", "REFERRED_ELSEWHERE", "OTHER_CODED");
    public static final Set<String> NEXT_STEPS =
            Set.of("CONTINUE_COUNSELLING", "FURTHER_SERVICE_ADVISED", "READY_FOR_ACTIVATION", "NO_FURTHER_NEED");

    /** Name and how to reach the customer. */
    public record CustomerContact(String name, String phone, String email) {}

    /**
     * @param consent the consent the customer gave this partner, if any (checked for the contact details)
     */
    public static Referral send(
            UUID id,
            UUID caseId,
            String jobcenterId,
            Partner partner,
            ServiceCode service,
            CustomerContact customer,
            LocalDate dueOn,
            Consent consent,
            String referenceCode,
            String by,
            LocalDate today,
            Instant now) {
        if (!partner.active()) {
            throw new RuleViolation("partnerId", "PARTNER_INACTIVE", "Der Partner ist nicht mehr aktiv.");
        }
        if (!partner.offers(service)) {
            throw new RuleViolation("service", "NOT_OFFERED", "Der Partner bietet " + service + " nicht an.");
        }
        if (customer != null && (consent == null || !consent.covers(Scope.CONTACT_DETAILS, today))) {
            throw new RuleViolation(
                    "customer",
                    "CONSENT_REQUIRED_FOR_CUSTOMER_DATA",
                    partner.type() == PartnerType.COUNSELLING_AGENCY
                            ? "Ohne Einwilligung, die Kontaktdaten für diese Beratungsstelle "
                                    + "freigibt, bringt die Kundin / der Kunde den Überweisungscode selbst mit."
                            : "Kontaktdaten gehen nur mit einer Einwilligung für diesen Partner an ihn.");
        }
        if (dueOn != null && dueOn.isBefore(today)) {
            throw new RuleViolation("dueOn", "IN_PAST", "Die Frist liegt in der Zukunft.");
        }
        return new Referral(
                id,
                caseId,
                jobcenterId,
                partner.id(),
                service,
                Status.REQUESTED,
                referenceCode,
                customer,
                dueOn,
                null,
                null,
                null,
                null,
                null,
                by,
                now,
                now,
                0);
    }

    /** A structured update by the partner; every item about the customer needs its consent scope. */
    public record Update(
            Status status,
            String reasonCode,
            LocalDate startedOn,
            LocalDate endedOn,
            String nextStepCode,
            Boolean attended) {}

    public Referral report(Update u, Consent consent, LocalDate today, Instant now) {
        if (u.status() != null && !PARTNER_STATUSES.contains(u.status())) {
            // revocation and closure are the Jobcenter's; REQUESTED is where every referral starts
            throw new RuleViolation(
                    "status",
                    "NOT_A_PARTNER_STATUS",
                    "Partner melden nur: "
                            + String.join(
                                    ", ",
                                    PARTNER_STATUSES.stream().map(Status::label).toList()) + ".");
        }
        if (!status.open()) {
            throw new StateConflict("REFERRAL_CLOSED", "Die Überweisung ist bereits beendet (" + status.label() + ").");
        }
        requireScope(u.attended() != null, Scope.APPOINTMENT_ATTENDANCE, "attended", consent, today);
        requireScope(
                u.startedOn() != null || u.status() == Status.STARTED,
                Scope.PARTICIPATION_DATES,
                "startedOn",
                consent,
                today);
        requireScope(u.endedOn() != null, Scope.PARTICIPATION_DATES, "endedOn", consent, today);
        requireScope(
                u.status() == Status.COMPLETED || u.status() == Status.ABORTED,
                Scope.COMPLETION_OR_ABORT,
                "status",
                consent,
                today);
        requireScope(u.nextStepCode() != null, Scope.NEXT_STEP_RECOMMENDATION, "nextStepCode", consent, today);
        Status next = u.status() == null ? status : u.status();
        Map<Status, Set<Status>> allowed = Map.of(
                Status.REQUESTED,
                Set.of(Status.REQUESTED, Status.ACCEPTED, Status.REJECTED),
                Status.ACCEPTED,
                Set.of(Status.ACCEPTED, Status.STARTED),
                Status.STARTED,
                Set.of(Status.STARTED, Status.COMPLETED, Status.ABORTED));
        if (!allowed.get(status).contains(next)) {
            throw new StateConflict(
                    "STATUS_TRANSITION", "Von „" + status.label() + "“ geht es nicht nach „" + next.label() + "“.");
        }
        String reason = u.reasonCode();
        if (next == Status.REJECTED && (reason == null || !REJECTION_REASONS.contains(reason))) {
            throw new RuleViolation(
                    "reasonCode", "CODED_REASON", "Bitte einen Ablehnungsgrund aus der vorgegebenen Liste angeben.");
        }
        if (next == Status.ABORTED && (reason == null || !ABORT_REASONS.contains(reason))) {
            throw new RuleViolation("reasonCode", "CODED_REASON", "Abbruchgründe: " + ABORT_REASONS + ".");
        }
        if (reason != null && next != Status.REJECTED && next != Status.ABORTED) {
            // a reason is published in referral-status-changed: only the coded one of a rejection or an abort
            throw new RuleViolation(
                    "reasonCode",
                    "ONLY_WITH_REJECTION_OR_ABORT",
                    "Ein Grund gehört nur zu einer " + "Ablehnung (REJECTED) oder einem Abbruch (ABORTED).");
        }
        if (u.nextStepCode() != null && !NEXT_STEPS.contains(u.nextStepCode())) {
            throw new RuleViolation("nextStepCode", "CODED_RECOMMENDATION", "Empfehlungen: " + NEXT_STEPS + ".");
        }
        LocalDate started = next == Status.STARTED && u.startedOn() == null
                ? today
                : u.startedOn() != null ? u.startedOn() : startedOn;
        if (started != null && started.isAfter(today)) {
            throw new RuleViolation("startedOn", "IN_FUTURE", "Der Beginn liegt nicht in der Zukunft.");
        }
        boolean ends = next == Status.COMPLETED || next == Status.ABORTED;
        if (u.endedOn() != null && !ends) {
            throw new RuleViolation(
                    "endedOn",
                    "ONLY_WHEN_ENDED",
                    "Ein Ende gehört nur zu einem Abschluss (COMPLETED) " + "oder Abbruch (ABORTED).");
        }
        if (u.endedOn() != null && u.endedOn().isAfter(today)) {
            throw new RuleViolation("endedOn", "IN_FUTURE", "Das Ende liegt nicht in der Zukunft.");
        }
        if (u.endedOn() != null && started != null && u.endedOn().isBefore(started)) {
            throw new RuleViolation(
                    "endedOn", "BEFORE_START", "Das Ende liegt nicht vor dem Beginn (" + started + ").");
        }
        // the end date is a participation date: without that scope only the completion or abort itself is recorded
        LocalDate ended = !ends
                ? endedOn
                : u.endedOn() != null
                        ? u.endedOn()
                        : consent != null && consent.covers(Scope.PARTICIPATION_DATES, today) ? today : null;
        return new Referral(
                id,
                caseId,
                jobcenterId,
                partnerId,
                service,
                next,
                referenceCode,
                customer,
                dueOn,
                reason != null ? reason : reasonCode,
                started,
                ended,
                u.nextStepCode() != null ? u.nextStepCode() : nextStepCode,
                u.attended() != null ? u.attended() : attended,
                sentBy,
                sentAt,
                now,
                version);
    }

    /** The FM withdraws the referral, or the case's closure ends it. */
    public Referral end(Status why, Instant now) {
        if (!status.open()) {
            throw new StateConflict("REFERRAL_CLOSED", "Die Überweisung ist bereits beendet (" + status.label() + ").");
        }
        return new Referral(
                id,
                caseId,
                jobcenterId,
                partnerId,
                service,
                why,
                referenceCode,
                customer,
                dueOn,
                reasonCode,
                startedOn,
                endedOn,
                nextStepCode,
                attended,
                sentBy,
                sentAt,
                now,
                version);
    }

    private static void requireScope(boolean reported, Scope scope, String field, Consent consent, LocalDate today) {
        if (reported && (consent == null || !consent.covers(scope, today))) {
            throw new RuleViolation(
                    field,
                    "OUT_OF_CONSENT_SCOPE",
                    "Für diese Angabe hat die Kundin / der Kunde keine Einwilligung erteilt.");
        }
    }
}
