package de.lotse.platform.casereference;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.events.Topics;
import de.lotse.platform.inbox.InboundEvents;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Keeps the service's case references in step with {@code case-opened}. */
@Requires(property = CaseReferences.ENABLED, value = "true")
@KafkaListener(groupId = "${micronaut.application.name}.case-reference", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "2s",
                retryCount = Integer.MAX_VALUE))
class CaseOpenedListener {
    private final InboundEvents inbound;
    private final CaseReferences references;

    CaseOpenedListener(InboundEvents inbound, CaseReferences references) {
        this.inbound = inbound;
        this.references = references;
    }

    @Topic(Topics.CASE_OPENED)
    void on(ConsumerRecord<String, String> record) {
        inbound.process("case-reference", record, CaseOpened.class, references::record);
    }
}
