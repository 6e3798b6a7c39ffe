package de.lotse.platform.casereference;

import de.lotse.platform.contracts.CaseAssigned;
import de.lotse.platform.contracts.CaseClosed;
import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.contracts.CaseTransferred;
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

/** Keeps the service's case references in step with intake's case lifecycle events. */
@Requires(property = CaseReferences.ENABLED, value = "true")
@KafkaListener(groupId = "${micronaut.application.name}.case-reference", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "2s",
                retryCount = Integer.MAX_VALUE))
class CaseLifecycleListener {
    static final String CONSUMER = "case-reference";

    private final InboundEvents inbound;
    private final CaseReferences references;

    CaseLifecycleListener(InboundEvents inbound, CaseReferences references) {
        this.inbound = inbound;
        this.references = references;
    }

    @Topic(Topics.CASE_OPENED)
    void opened(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, CaseOpened.class, references::opened);
    }

    @Topic(Topics.CASE_ASSIGNED)
    void assigned(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, CaseAssigned.class, references::assigned);
    }

    @Topic(Topics.CASE_TRANSFERRED)
    void transferred(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, CaseTransferred.class, references::transferred);
    }

    @Topic(Topics.CASE_CLOSED)
    void closed(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, CaseClosed.class, references::closed);
    }
}
