package de.lotse.intake.messaging;

import de.lotse.intake.cases.application.PlanningFacts;
import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.contracts.MeasureEnded;
import de.lotse.platform.contracts.MeasureStarted;
import de.lotse.platform.events.Topics;
import de.lotse.platform.inbox.EventRoutes;
import de.lotse.platform.inbox.InboundEvents;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * The facts intake needs from planning to enforce its rules: running measures (an AGH continues
 * FM past the maximum duration under TAH; UCKERMARK finishes measures before U25→Ü25),
 * approved extensions, and contacts with the customer (the first talks UCKERMARK sets deadlines for). Idempotent through the inbox, order-tolerant through upserts.
 */
@KafkaListener(
        groupId = "intake-service.planning-facts",
        batch = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy =
                @ErrorStrategy(
                        value = ErrorStrategyValue.RETRY_ON_ERROR,
                        retryDelay = "2s",
                        retryCount = Integer.MAX_VALUE))
class PlanningEventsListener {
    static final String CONSUMER = "intake.planning-facts";

    private final InboundEvents inbound;
    private final EventRoutes routes;
    private final PlanningFacts facts;

    PlanningEventsListener(InboundEvents inbound, PlanningFacts facts) {
        this.inbound = inbound;
        this.facts = facts;
        this.routes = EventRoutes.builder()
                .on(Topics.MEASURE_STARTED, MeasureStarted.class, event -> facts.measureStarted(event.payload()))
                .on(Topics.MEASURE_ENDED, MeasureEnded.class, event -> facts.measureEnded(event.payload()))
                .on(Topics.CONTACT_RECORDED, ContactRecorded.class, event -> facts.contactRecorded(event.payload()))
                .on(
                        Topics.CONTINUATION_REVIEWED,
                        ContinuationReviewed.class,
                        event -> facts.continuationReviewed(event.payload()))
                .build()
                .checkSubscribedBy(getClass());
    }

    @Topic({Topics.MEASURE_STARTED, Topics.MEASURE_ENDED, Topics.CONTACT_RECORDED, Topics.CONTINUATION_REVIEWED})
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.processBatch(CONSUMER, records, routes);
    }
}
