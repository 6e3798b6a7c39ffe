package de.lotse.intake.messaging;

import de.lotse.intake.eligibility.application.AssessmentFactsRecorder;
import de.lotse.platform.contracts.AssessmentCompleted;
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
 * Keeps the eligibility facts of each case's latest completed assessment, so the eligibility check
 * uses the assessment instead of the AV's input where it has the facts.
 */
@KafkaListener(
        groupId = "intake-service.assessment-facts",
        batch = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy =
                @ErrorStrategy(
                        value = ErrorStrategyValue.RETRY_ON_ERROR,
                        retryDelay = "2s",
                        retryCount = Integer.MAX_VALUE))
class AssessmentCompletedListener {
    static final String CONSUMER = "intake.assessment-facts";

    private final InboundEvents inbound;
    private final EventRoutes routes;
    private final AssessmentFactsRecorder facts;

    AssessmentCompletedListener(InboundEvents inbound, AssessmentFactsRecorder facts) {
        this.inbound = inbound;
        this.facts = facts;
        this.routes = EventRoutes.builder()
                .on(Topics.ASSESSMENT_COMPLETED, AssessmentCompleted.class, event -> facts.completed(event.payload()))
                .build()
                .checkSubscribedBy(getClass());
    }

    @Topic(Topics.ASSESSMENT_COMPLETED)
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.processBatch(CONSUMER, records, routes);
    }
}
