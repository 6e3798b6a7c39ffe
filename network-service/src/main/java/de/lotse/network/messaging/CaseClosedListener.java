package de.lotse.network.messaging;

import de.lotse.network.referrals.application.ReferralService;
import de.lotse.platform.contracts.CaseClosed;
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
 * Ends a closed case's open referrals. Partner access ends already with the case reference (the
 * partner API checks it on every request); this publishes the ends as referral-status-changed.
 */
@KafkaListener(
        groupId = "network-service.case-closure",
        batch = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy =
                @ErrorStrategy(
                        value = ErrorStrategyValue.RETRY_ON_ERROR,
                        retryDelay = "2s",
                        retryCount = Integer.MAX_VALUE))
class CaseClosedListener {
    private final InboundEvents inbound;
    private final EventRoutes routes;
    private final ReferralService referrals;

    CaseClosedListener(InboundEvents inbound, ReferralService referrals) {
        this.inbound = inbound;
        this.referrals = referrals;
        this.routes = EventRoutes.builder()
                .on(
                        Topics.CASE_CLOSED,
                        CaseClosed.class,
                        event -> referrals.caseClosed(
                                event.payload().caseId(),
                                event.envelope().jobcenterId(),
                                event.payload().closedAt()))
                .build()
                .checkSubscribedBy(getClass());
    }

    @Topic(Topics.CASE_CLOSED)
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.processBatch("network.case-closure", records, routes);
    }
}
