package de.lotse.assessment.messaging;

import de.lotse.platform.casereference.CaseLifecycleConsumer;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.inbox.InboundEvents;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;

/** Assessment keeps a reference of every case of its Jobcenters: case-opened, -assigned, -transferred, -closed. */
@KafkaListener(
        groupId = CaseLifecycleConsumer.GROUP,
        batch = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy =
                @ErrorStrategy(
                        value = ErrorStrategyValue.RETRY_ON_ERROR,
                        retryDelay = "2s",
                        retryCount = Integer.MAX_VALUE))
class CaseLifecycleListener extends CaseLifecycleConsumer {

    CaseLifecycleListener(InboundEvents inbound, CaseReferences references) {
        super(inbound, references);
    }
}
