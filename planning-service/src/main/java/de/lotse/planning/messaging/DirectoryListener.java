package de.lotse.planning.messaging;

import de.lotse.planning.plans.application.Letters;
import de.lotse.platform.contracts.DirectoryChanged;
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

/** The Jobcenter's own record, for the letterhead of printed agreements (docs/domain.md §15.3). */
@KafkaListener(
        groupId = "planning-service.directory",
        batch = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy =
                @ErrorStrategy(
                        value = ErrorStrategyValue.RETRY_ON_ERROR,
                        retryDelay = "2s",
                        retryCount = Integer.MAX_VALUE))
class DirectoryListener {
    static final String CONSUMER = "planning.directory";

    private final InboundEvents inbound;
    private final EventRoutes routes;
    private final Letters letters;

    DirectoryListener(InboundEvents inbound, Letters letters) {
        this.inbound = inbound;
        this.letters = letters;
        this.routes = EventRoutes.builder()
                .on(
                        Topics.DIRECTORY_CHANGED,
                        DirectoryChanged.class,
                        event -> letters.record(event.envelope().jobcenterId(), event.payload()))
                .build()
                .checkSubscribedBy(getClass());
    }

    @Topic(Topics.DIRECTORY_CHANGED)
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.processBatch(CONSUMER, records, routes);
    }
}
