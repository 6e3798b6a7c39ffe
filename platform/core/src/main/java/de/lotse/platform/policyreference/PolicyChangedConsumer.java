package de.lotse.platform.policyreference;

import de.lotse.platform.contracts.PolicyChanged;
import de.lotse.platform.events.Topics;
import de.lotse.platform.inbox.EventRoutes;
import de.lotse.platform.inbox.InboundEvents;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * Keeps the service's copy of each Jobcenter's policy in step with {@code policy-changed}. A service that keeps
 * policy references wires this explicitly in its own {@code messaging} package — a subclass annotated with
 * {@code @KafkaListener(groupId = GROUP, …)}. The consumer name and group stay those of the running deployments.
 */
public abstract class PolicyChangedConsumer {
    /** The inbox consumer name. */
    public static final String CONSUMER = "policy-reference";
    /** The Kafka consumer group, per service. */
    public static final String GROUP = "${micronaut.application.name}.policy-reference";

    private final InboundEvents inbound;
    private final EventRoutes routes;

    protected PolicyChangedConsumer(InboundEvents inbound, PolicyReferences policies) {
        this.inbound = inbound;
        this.routes = EventRoutes.builder()
                .on(Topics.POLICY_CHANGED, PolicyChanged.class, policies::changed)
                .build()
                .checkSubscribedBy(getClass());
    }

    /** One batch (the subclass's {@code @KafkaListener} says {@code batch = true}). */
    @Topic(Topics.POLICY_CHANGED)
    public void on(List<ConsumerRecord<String, String>> records) {
        inbound.processBatch(CONSUMER, records, routes);
    }
}
