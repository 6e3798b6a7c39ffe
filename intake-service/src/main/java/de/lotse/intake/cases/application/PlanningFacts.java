package de.lotse.intake.cases.application;

import de.lotse.intake.cases.infrastructure.CaseFactsStore;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.contracts.MeasureEnded;
import de.lotse.platform.contracts.MeasureStarted;
import de.lotse.platform.inbox.UnprocessableEvent;
import jakarta.inject.Singleton;

/**
 * The facts intake needs from planning to enforce its rules: running measures (an AGH continues FM past the maximum
 * duration under TAH; UCKERMARK finishes measures before U25→Ü25), approved extensions, and contacts with the
 * customer (the first talks UCKERMARK sets deadlines for). Runs in the transaction of the inbox claim; the store's
 * upserts make it order-tolerant.
 */
@Singleton
public class PlanningFacts {
    private static final String EXTEND = "EXTEND";

    private final CaseFactsStore facts;

    PlanningFacts(CaseFactsStore facts) {
        this.facts = facts;
    }

    public void measureStarted(MeasureStarted m) {
        facts.measureStarted(m.measureId(), m.caseId(), m.instrumentCode(), m.startedOn(), m.plannedEndOn());
    }

    public void measureEnded(MeasureEnded m) {
        facts.measureEnded(m.measureId(), m.caseId(), m.instrumentCode(), m.endedOn());
    }

    /** Whether a first talk took place (docs/domain.md §18.3, §18.4): a contact with the customer, not about them. */
    public void contactRecorded(ContactRecorded c) {
        facts.contactRecorded(c.contactId(), c.caseId(), c.occurredOn(), withCustomer(c.format()));
    }

    public void continuationReviewed(ContinuationReviewed review) {
        if (EXTEND.equals(review.decision()) && review.extensionApproved()) {
            // older events carry no extension end: the extension then runs to the next review
            facts.extensionApproved(
                    review.reviewId(),
                    review.caseId(),
                    review.reviewedOn(),
                    review.extendedUntil() != null ? review.extendedUntil() : review.nextReviewDueOn(),
                    review.recordedAt());
        }
    }

    private static boolean withCustomer(String format) {
        try {
            return ContactFormat.valueOf(format).withCustomer();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnprocessableEvent("unknown contact format " + format, e);
        }
    }
}
