package de.lotse.reporting.quality.domain;

import de.lotse.platform.quality.ContactDensity;
import de.lotse.platform.quality.ContactRule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The quality standards of one Jobcenter's policy, checked on one open case on one day (DOMAIN.md §10):
 * the same contact-density rule planning applies (platform {@link ContactDensity}), the review
 * interval, the agreement's validity, the first-consultation deadline and the maximum duration with
 * its exceptions (an approved extension; a running AGH where the policy allows it, TAH).
 *
 * @param contactRule              none: no density finding
 * @param continuationReviewMonths the first review is due this long after admission
 * @param aghContinuesBeyondMaxDuration
 */
public record QualityStandards(ContactRule contactRule, int continuationReviewMonths,
                               boolean aghContinuesBeyondMaxDuration) {

    public Set<Finding> check(CaseStatus c, List<LocalDate> countedContacts, boolean aghRunning, LocalDate today) {
        Set<Finding> findings = EnumSet.noneOf(Finding.class);
        if (c.admittedOn() == null) {
            return findings;
        }
        if (contactRule != null && ContactDensity.NOT_COMPLIANT.equals(ContactDensity.evaluate(contactRule, c.admittedOn(),
                countedContacts, c.categoryCode(), today).status())) {
            findings.add(Finding.CONTACT_DENSITY_NOT_MET);
        }
        LocalDate reviewDue = c.nextReviewDueOn() != null ? c.nextReviewDueOn()
                : c.admittedOn().plusMonths(continuationReviewMonths);
        if (reviewDue.isBefore(today)) {
            findings.add(Finding.REVIEW_OVERDUE);
        }
        if (c.agreementValidUntil() != null && c.agreementValidUntil().isBefore(today)) {
            findings.add(Finding.AGREEMENT_EXPIRED);
        }
        if (c.firstConsultationDueOn() != null && c.firstConsultationHeldOn() == null
                && c.firstConsultationDueOn().isBefore(today)) {
            findings.add(Finding.FIRST_CONSULTATION_MISSED);
        }
        boolean extended = c.extensionUntil() != null && !c.extensionUntil().isBefore(today);
        if (c.maxDurationEndsOn() != null && c.maxDurationEndsOn().isBefore(today) && !extended
                && !(aghContinuesBeyondMaxDuration && aghRunning)) {
            findings.add(Finding.MAX_DURATION_EXCEEDED);
        }
        return findings;
    }
}
