package de.lotse.reporting.messaging;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.events.Topics;
import de.lotse.platform.inbox.EventRoutes;
import de.lotse.platform.inbox.InboundEvents;
import de.lotse.reporting.casefacts.application.CaseFactsProjection;
import de.lotse.reporting.caseload.application.CaseloadProjection;
import de.lotse.reporting.quality.application.QualityLedger;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * Feeds the caseload read model from {@code case-opened}. The offset is committed only after the
 * inbox transaction (SYNC), so a crash means redelivery, which the inbox turns into a no-op; the
 * error strategy only matters if even parking in the dead-letter topic fails (broker down): then
 * the record is retried until it can be parked, never skipped.
 */
@KafkaListener(
        groupId = "${micronaut.application.name}.caseload",
        batch = true,
        // one consumer per thread, each with its share of the partitions (a case's events stay on one): a rebuild
        // runs one per partition (LOTSE_REPORTING_CONSUMER_THREADS=3); a running service one, which polls less
        threadsValue = "${lotse.reporting.consumer-threads:1}",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy =
                @ErrorStrategy(
                        value = ErrorStrategyValue.RETRY_ON_ERROR,
                        retryDelay = "2s",
                        retryCount = Integer.MAX_VALUE))
class CaseOpenedListener {
    /** The inbox consumer name; also the {@code consumer} tag of the lotse.events.* metrics. */
    static final String CONSUMER = "reporting.caseload";

    private final InboundEvents inbound;
    private final EventRoutes routes;
    private final CaseloadProjection caseload;
    private final QualityLedger quality;
    private final CaseFactsProjection facts;

    CaseOpenedListener(
            InboundEvents inbound, CaseloadProjection caseload, QualityLedger quality, CaseFactsProjection facts) {
        this.inbound = inbound;
        this.caseload = caseload;
        this.quality = quality;
        this.facts = facts;
        this.routes = EventRoutes.builder()
                .on(
                        Topics.CASE_OPENED,
                        CaseOpened.class,
                        event -> quality.applying(event.payload().caseId(), () -> {
                            caseload.caseOpened(event);
                            facts.opened(event.payload().caseId());
                        }))
                // a batch's cases are locked once; each case it touched takes its team into its facts once and
                // is evaluated once, after all its events
                .aroundEachBatch((events, applyAll) ->
                        quality.batchScope().around(events, () -> facts.attributingOnce(applyAll)))
                .build()
                .checkSubscribedBy(getClass());
    }

    @Topic(Topics.CASE_OPENED)
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.processBatch(CONSUMER, records, routes);
    }
}
