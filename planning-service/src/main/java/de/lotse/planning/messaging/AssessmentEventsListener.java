package de.lotse.planning.messaging;

import de.lotse.planning.casefacts.application.AssessmentFacts;
import de.lotse.platform.contracts.AssessmentCompleted;
import de.lotse.platform.contracts.NeedStatusChanged;
import de.lotse.platform.events.Topics;
import de.lotse.platform.inbox.InboundEvents;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What planning needs from the assessment: every need with its latest status (each open need gets a
 * strategy) and the latest version (renewal of an agreement, category X/Y/Z, contact rule by
 * category). Idempotent through the inbox, order-tolerant through upserts that keep the newer fact.
 * Planning subscribes to no consent topic: it never learns whether a customer gave, refused or
 * revoked a consent (PANKOW 4.4).
 */
@KafkaListener(
        groupId = "planning-service.assessment-facts",
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
    private final AssessmentFacts facts;

    AssessmentEventsListener(InboundEvents inbound, AssessmentFacts facts) {
        this.inbound = inbound;
        this.facts = facts;
    }

    @Topic(Topics.ASSESSMENT_COMPLETED)
    void completed(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, AssessmentCompleted.class, event -> facts.completed(event.payload()));
    }

    @Topic(Topics.NEED_STATUS_CHANGED)
    void needStatus(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, NeedStatusChanged.class, event -> facts.needStatusChanged(event.payload()));
    }
}
