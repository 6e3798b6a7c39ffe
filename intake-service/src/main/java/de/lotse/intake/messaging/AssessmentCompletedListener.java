package de.lotse.intake.messaging;

import de.lotse.intake.eligibility.domain.AssessmentFacts;
import de.lotse.intake.eligibility.infrastructure.AssessmentFactsStore;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.contracts.AssessmentCompleted;
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

import java.util.EnumMap;
import java.util.Map;

/**
 * Keeps the eligibility facts of each case's latest completed assessment, so the eligibility check
 * uses the assessment instead of the AV's input where it has the facts.
 */
@KafkaListener(groupId = "intake-service.assessment-facts", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "2s",
                retryCount = Integer.MAX_VALUE))
class AssessmentCompletedListener {
    static final String CONSUMER = "intake.assessment-facts";

    private final InboundEvents inbound;
    private final AssessmentFactsStore store;

    AssessmentCompletedListener(InboundEvents inbound, AssessmentFactsStore store) {
        this.inbound = inbound;
        this.store = store;
    }

    @Topic(Topics.ASSESSMENT_COMPLETED)
    void on(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, AssessmentCompleted.class, event -> {
            AssessmentCompleted a = event.payload();
            Map<KeyGroup, Integer> needs = new EnumMap<>(KeyGroup.class);
            a.needsByKeyGroup().forEach((code, count) -> {
                try {
                    needs.put(KeyGroup.valueOf(code), count);
                } catch (IllegalArgumentException e) {
                    throw new UnprocessableEvent("unknown key group " + code, e);
                }
            });
            store.record(new AssessmentFacts(a.caseId(), a.assessmentId(), a.version(), needs, a.entrenchedNeeds(),
                    a.prognosisHorizonMonths(), a.profileCode(), a.categoryCode(), a.completedAt()), a.marketNear());
        });
    }
}
