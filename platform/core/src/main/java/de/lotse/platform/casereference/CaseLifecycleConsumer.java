package de.lotse.platform.casereference;

import de.lotse.platform.contracts.CaseAssigned;
import de.lotse.platform.contracts.CaseClosed;
import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.contracts.CaseTransferred;
import de.lotse.platform.events.Topics;
import de.lotse.platform.inbox.EventRoutes;
import de.lotse.platform.inbox.InboundEvents;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * Keeps the service's case references in step with intake's case lifecycle events. A service that keeps case
 * references wires this explicitly in its own {@code messaging} package — a subclass annotated with
 * {@code @KafkaListener(groupId = GROUP, …)} — so what it consumes is visible in the service, not switched on by
 * configuration. The consumer name and group stay those of the running deployments (inbox rows, offsets).
 */
public abstract class CaseLifecycleConsumer {
    /** The inbox consumer name. */
    public static final String CONSUMER = "case-reference";
    /** The Kafka consumer group, per service. */
    public static final String GROUP = "${micronaut.application.name}.case-reference";

    private final InboundEvents inbound;
    private final EventRoutes routes;

    protected CaseLifecycleConsumer(InboundEvents inbound, CaseReferences references) {
        this.inbound = inbound;
        this.routes = EventRoutes.builder()
                .on(Topics.CASE_OPENED, CaseOpened.class, references::opened)
                .on(Topics.CASE_ASSIGNED, CaseAssigned.class, references::assigned)
                .on(Topics.CASE_TRANSFERRED, CaseTransferred.class, references::transferred)
                .on(Topics.CASE_CLOSED, CaseClosed.class, references::closed)
                .build()
                .checkSubscribedBy(getClass());
    }

    /** One batch of the four topics (the subclass's {@code @KafkaListener} says {@code batch = true}). */
    @Topic({Topics.CASE_OPENED, Topics.CASE_ASSIGNED, Topics.CASE_TRANSFERRED, Topics.CASE_CLOSED})
    public void on(List<ConsumerRecord<String, String>> records) {
        inbound.processBatch(CONSUMER, records, routes);
    }
}
