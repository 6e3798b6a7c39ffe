package de.lotse.reporting.messaging;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.events.Topics;
import de.lotse.platform.inbox.InboundEvents;
import de.lotse.reporting.caseload.infrastructure.CaseloadStore;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Feeds the caseload read model from {@code case-opened}. */
@KafkaListener(groupId = "reporting-service.caseload", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "2s",
                retryCount = Integer.MAX_VALUE))
class CaseOpenedListener {
    static final String CONSUMER = "reporting.caseload";

    private final InboundEvents inbound;
    private final CaseloadStore caseload;

    CaseOpenedListener(InboundEvents inbound, CaseloadStore caseload) {
        this.inbound = inbound;
        this.caseload = caseload;
    }

    @Topic(Topics.CASE_OPENED)
    void on(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, CaseOpened.class, caseload::recordOpened);
    }
}
