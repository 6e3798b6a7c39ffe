package de.lotse.reporting.quality.domain;

import de.lotse.platform.kernel.contacts.ContactDensity;
import de.lotse.platform.kernel.contacts.ContactRule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The quality standards of one Jobcenter's policy, checked on one case on one day (docs/domain.md §10):
 * the same contact-density rule planning applies (platform {@link ContactDensity}), the review
 * interval, the agreement's validity, the deadlines for taking a referral (secondary support) and
 * for the first consultation, and the maximum duration with its exceptions (an approved extension; a
 * running AGH where the policy allows it, TAH).
 *
 * <p>Findings change with the calendar alone (a deadline passes, a contact leaves the twelve-month
 * window), so {@link #evaluate} also says from which day the answer may differ: reporting stores the
 * findings per case and re-checks a case only on that day or when an event about it arrives, so no
 * request has to evaluate every case of a Jobcenter — let alone of the country.
 *
 * @param contactRule              none: no density finding
 * @param continuationReviewMonths the first review is due this long after admission
 */
public record QualityStandards(
        ContactRule contactRule, int continuationReviewMonths, boolean aghContinuesBeyondMaxDuration) {

    /**
     * How far ahead {@link #evaluate} looks for the next change; a case with none in sight is looked
     * at again after this many days anyway (contact density's prorated yearly minimum grows daily).
     */
    public static final int HORIZON_DAYS = 31;

    /**
     * @param findings  what the case lacks today
     * @param changesOn the first day after today on which the findings may differ without any new event
     */
    public record Evaluation(Set<Finding> findings, LocalDate changesOn) {}

    public Evaluation evaluate(CaseStatus c, LocalDate today) {
        Set<Finding> now = check(c, today);
        LocalDate day = today.plusDays(1);
        for (int i = 1; i < HORIZON_DAYS && check(c, day).equals(now); i++) {
            day = day.plusDays(1);
        }
        return new Evaluation(now, day);
    }

    public Set<Finding> check(CaseStatus c, LocalDate today) {
        Set<Finding> findings = EnumSet.noneOf(Finding.class);
        if (c.stage() == CaseStatus.Stage.REFERRED) {
            if (c.secondaryAssignmentDueOn() != null
                    && c.secondaryAssignmentDueOn().isBefore(today)) {
                findings.add(Finding.SECONDARY_ASSIGNMENT_MISSED);
            }
            return findings;
        }
        if (c.admittedOn() == null) {
            return findings;
        }
        if (contactRule != null
                && ContactDensity.NOT_COMPLIANT.equals(ContactDensity.evaluate(
                                contactRule, c.admittedOn(), c.countedContacts(), c.categoryCode(), today)
                        .status())) {
            findings.add(Finding.CONTACT_DENSITY_NOT_MET);
        }
        LocalDate reviewDue = c.nextReviewDueOn() != null
                ? c.nextReviewDueOn()
                : c.admittedOn().plusMonths(continuationReviewMonths);
        if (reviewDue.isBefore(today)) {
            findings.add(Finding.REVIEW_OVERDUE);
        }
        // expired where the policy limits validity, or its joint review overdue (docs/domain.md §15.2)
        if ((c.agreementValidUntil() != null && c.agreementValidUntil().isBefore(today))
                || (c.agreementReviewOn() != null && c.agreementReviewOn().isBefore(today))) {
            findings.add(Finding.AGREEMENT_EXPIRED);
        }
        if (c.firstConsultationDueOn() != null
                && c.firstConsultationHeldOn() == null
                && c.firstConsultationDueOn().isBefore(today)) {
            findings.add(Finding.FIRST_CONSULTATION_MISSED);
        }
        boolean extended = c.extensionUntil() != null && !c.extensionUntil().isBefore(today);
        if (c.maxDurationEndsOn() != null
                && c.maxDurationEndsOn().isBefore(today)
                && !extended
                && !(aghContinuesBeyondMaxDuration && c.aghRunsOn(today))) {
            findings.add(Finding.MAX_DURATION_EXCEEDED);
        }
        return findings;
    }
}
