package de.lotse.intake.messaging;

import de.lotse.intake.cases.infrastructure.CaseFactsStore;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.contracts.MeasureEnded;
import de.lotse.platform.contracts.MeasureStarted;
import de.lotse.platform.events.Topics;
import de.lotse.platform.inbox.InboundEvents;
import de.lotse.platform.inbox.UnprocessableEvent;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The facts intake needs from planning to enforce its rules: running measures (an AGH continues
 * FM past the maximum duration under TAH; UCKERMARK finishes measures before U25→Ü25),
 * approved extensions, and contacts with the customer (the first talks UCKERMARK sets deadlines for). Idempotent through the inbox, order-tolerant through upserts.
 */
@KafkaListener(groupId = "intake-service.planning-facts", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "2s",
                retryCount = Integer.MAX_VALUE))
class PlanningEventsListener {
    static final String CONSUMER = "intake.planning-facts";
    private static final String EXTEND = "EXTEND";

    private final InboundEvents inbound;
    private final CaseFactsStore facts;

    PlanningEventsListener(InboundEvents inbound, CaseFactsStore facts) {
        this.inbound = inbound;
        this.facts = facts;
    }

    @Topic(Topics.MEASURE_STARTED)
    void started(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, MeasureStarted.class, event -> {
            MeasureStarted m = event.payload();
            facts.measureStarted(m.measureId(), m.caseId(), m.instrumentCode(), m.startedOn(), m.plannedEndOn());
        });
    }

    @Topic(Topics.MEASURE_ENDED)
    void ended(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, MeasureEnded.class, event -> {
            MeasureEnded m = event.payload();
            facts.measureEnded(m.measureId(), m.caseId(), m.instrumentCode(), m.endedOn());
        });
    }

    /** Whether a first talk took place (docs/domain.md §18.3, §18.4): a contact with the customer, not about them. */
    @Topic(Topics.CONTACT_RECORDED)
    void contact(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, ContactRecorded.class, event -> {
            ContactRecorded c = event.payload();
            facts.contactRecorded(c.contactId(), c.caseId(), c.occurredOn(), withCustomer(c.format()));
        });
    }

    private static boolean withCustomer(String format) {
        try {
            return ContactFormat.valueOf(format).withCustomer();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnprocessableEvent("unknown contact format " + format, e);
        }
    }

    @Topic(Topics.CONTINUATION_REVIEWED)
    void reviewed(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, ContinuationReviewed.class, event -> {
            ContinuationReviewed review = event.payload();
            if (EXTEND.equals(review.decision()) && review.extensionApproved()) {
                // older events carry no extension end: the extension then runs to the next review
                facts.extensionApproved(review.reviewId(), review.caseId(), review.reviewedOn(),
                        review.extendedUntil() != null ? review.extendedUntil() : review.nextReviewDueOn(),
                        review.recordedAt());
            }
        });
    }
}
