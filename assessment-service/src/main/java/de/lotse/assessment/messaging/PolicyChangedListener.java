package de.lotse.assessment.messaging;

import de.lotse.platform.inbox.InboundEvents;
import de.lotse.platform.policyreference.PolicyChangedConsumer;
import de.lotse.platform.policyreference.PolicyReferences;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;

/** Assessment applies each Jobcenter's policy from its copy, kept in step with policy-changed. */
@KafkaListener(
        groupId = PolicyChangedConsumer.GROUP,
        batch = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy =
                @ErrorStrategy(
                        value = ErrorStrategyValue.RETRY_ON_ERROR,
                        retryDelay = "2s",
                        retryCount = Integer.MAX_VALUE))
class PolicyChangedListener extends PolicyChangedConsumer {

    PolicyChangedListener(InboundEvents inbound, PolicyReferences policies) {
        super(inbound, policies);
    }
}
