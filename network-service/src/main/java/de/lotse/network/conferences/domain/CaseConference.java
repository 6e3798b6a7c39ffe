package de.lotse.network.conferences.domain;

import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * A case conference (Fallkonferenz, DV2017 6; UCKERMARK 6.8 before a measure ends) with the
 * Jobcenter's staff, partners and usually the customer. A partner takes part only while a consent of
 * the customer covers exactly that partner; the outcome is recorded as coded decisions.
 *
 * @param staff               staff user ids taking part
 * @param partnerIds          invited partners
 * @param heldOn              set with the outcome
 * @param attendedPartnerIds  partners that took part
 * @param decisions           coded decisions
 */
public record CaseConference(
        UUID id,
        UUID caseId,
        String jobcenterId,
        LocalDate scheduledOn,
        List<String> staff,
        List<UUID> partnerIds,
        boolean customerInvited,
        LocalDate heldOn,
        List<UUID> attendedPartnerIds,
        List<String> decisions,
        String scheduledBy,
        Instant scheduledAt) {

    public static final Set<String> DECISIONS = Set.of(
            "CONTINUE_PLAN",
            "ADJUST_PLAN",
            "START_MEASURE",
            "END_MEASURE",
            "REFER_TO_PARTNER",
            "END_REFERRAL",
            "RECOMMEND_CLOSURE",
            "NEXT_CONFERENCE");

    public CaseConference {
        staff = List.copyOf(staff);
        partnerIds = List.copyOf(partnerIds);
        attendedPartnerIds = attendedPartnerIds == null ? List.of() : List.copyOf(attendedPartnerIds);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /**
     * @param covered whether a consent covers the partner on the day (fail-closed)
     */
    public static CaseConference schedule(
            UUID id,
            UUID caseId,
            String jobcenterId,
            LocalDate scheduledOn,
            List<String> staff,
            List<UUID> partnerIds,
            boolean customerInvited,
            BiPredicate<UUID, LocalDate> covered,
            String by,
            LocalDate today,
            Instant now) {
        if (scheduledOn.isBefore(today)) {
            throw new RuleViolation("scheduledOn", "IN_PAST", "Die Fallkonferenz liegt in der Zukunft oder heute.");
        }
        requireConsent(partnerIds, scheduledOn, covered, today, "partnerIds");
        return new CaseConference(
                id, caseId, jobcenterId, scheduledOn, staff, partnerIds, customerInvited, null, null, null, by, now);
    }

    public CaseConference held(
            LocalDate heldOn,
            List<UUID> attended,
            List<String> decisions,
            BiPredicate<UUID, LocalDate> covered,
            LocalDate today) {
        if (this.heldOn != null) {
            throw new StateConflict("CONFERENCE_HELD", "Das Ergebnis ist schon dokumentiert.");
        }
        if (heldOn.isAfter(today)) {
            throw new RuleViolation("heldOn", "IN_FUTURE", "Die Fallkonferenz hat stattgefunden.");
        }
        if (!partnerIds.containsAll(attended)) {
            throw new RuleViolation("attendedPartnerIds", "NOT_INVITED", "Teilgenommen haben nur eingeladene Partner.");
        }
        requireConsent(attended, heldOn, covered, heldOn, "attendedPartnerIds");
        if (decisions.isEmpty() || !DECISIONS.containsAll(decisions)) {
            throw new RuleViolation(
                    "decisions", "CODED_DECISIONS", "Bitte nur Entscheidungen aus der vorgegebenen Liste wählen.");
        }
        return new CaseConference(
                id,
                caseId,
                jobcenterId,
                scheduledOn,
                staff,
                partnerIds,
                customerInvited,
                heldOn,
                attended,
                decisions,
                scheduledBy,
                scheduledAt);
    }

    private static void requireConsent(
            List<UUID> partners, LocalDate day, BiPredicate<UUID, LocalDate> covered, LocalDate today, String field) {
        for (int i = 0; i < partners.size(); i++) {
            // a consent must cover the partner now and on the day of the conference
            if (!covered.test(partners.get(i), today) || !covered.test(partners.get(i), day)) {
                throw new RuleViolation(
                        field + "[" + i + "]",
                        "CONSENT_REQUIRED_FOR_PARTNER",
                        "Ein Partner nimmt nur "
                                + "teil, wenn die Kundin / der Kunde für genau diesen Partner eingewilligt hat.");
            }
        }
    }
}
