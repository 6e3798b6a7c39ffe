package de.lotse.platform.policyreference;

import de.lotse.platform.contracts.PolicyChanged;
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

/** Keeps the service's copy of each Jobcenter's policy in step with {@code policy-changed}. */
@Requires(property = PolicyReferences.ENABLED, value = "true")
@KafkaListener(groupId = "${micronaut.application.name}.policy-reference", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "2s",
                retryCount = Integer.MAX_VALUE))
class PolicyChangedListener {
    private final InboundEvents inbound;
    private final PolicyReferences policies;

    PolicyChangedListener(InboundEvents inbound, PolicyReferences policies) {
        this.inbound = inbound;
        this.policies = policies;
    }

    @Topic(Topics.POLICY_CHANGED)
    void changed(ConsumerRecord<String, String> record) {
        inbound.process("policy-reference", record, PolicyChanged.class, policies::changed);
    }
}
