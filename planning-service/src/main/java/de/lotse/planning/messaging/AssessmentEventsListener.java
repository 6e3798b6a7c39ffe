package de.lotse.planning.messaging;

import de.lotse.planning.casefacts.application.AssessmentFacts;
import de.lotse.platform.contracts.AssessmentCompleted;
import de.lotse.platform.contracts.NeedStatusChanged;
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
 * What planning needs from the assessment: every need with its latest status (each open need gets a
 * strategy) and the latest version (renewal of an agreement, category X/Y/Z, contact rule by
 * category). Idempotent through the inbox, order-tolerant through upserts that keep the newer fact.
 * Planning subscribes to no consent topic: it never learns whether a customer gave, refused or
 * revoked a consent (PANKOW 4.4).
 */
@KafkaListener(
        groupId = "planning-service.assessment-facts",
        batch = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy =
                @ErrorStrategy(
                        value = ErrorStrategyValue.RETRY_ON_ERROR,
                        retryDelay = "2s",
                        retryCount = Integer.MAX_VALUE))
class AssessmentEventsListener {
    static final String CONSUMER = "planning.assessment-facts";

    private final InboundEvents inbound;
    private final EventRoutes routes;
    private final AssessmentFacts facts;

    AssessmentEventsListener(InboundEvents inbound, AssessmentFacts facts) {
        this.inbound = inbound;
        this.facts = facts;
        this.routes = EventRoutes.builder()
                .on(Topics.ASSESSMENT_COMPLETED, AssessmentCompleted.class, event -> facts.completed(event.payload()))
                .on(
                        Topics.NEED_STATUS_CHANGED,
                        NeedStatusChanged.class,
                        event -> facts.needStatusChanged(event.payload()))
                .build()
                .checkSubscribedBy(getClass());
    }

    @Topic({Topics.ASSESSMENT_COMPLETED, Topics.NEED_STATUS_CHANGED})
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.processBatch(CONSUMER, records, routes);
    }
}
