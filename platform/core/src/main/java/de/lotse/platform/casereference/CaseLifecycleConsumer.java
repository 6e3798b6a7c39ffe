package de.lotse.platform.casereference;

import de.lotse.platform.contracts.CaseAssigned;
import de.lotse.platform.contracts.CaseClosed;
import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.contracts.CaseTransferred;
import de.lotse.platform.events.Topics;
import de.lotse.platform.inbox.InboundEvents;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

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
    private final CaseReferences references;

    protected CaseLifecycleConsumer(InboundEvents inbound, CaseReferences references) {
        this.inbound = inbound;
        this.references = references;
    }

    @Topic(Topics.CASE_OPENED)
    public void opened(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, CaseOpened.class, references::opened);
    }

    @Topic(Topics.CASE_ASSIGNED)
    public void assigned(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, CaseAssigned.class, references::assigned);
    }

    @Topic(Topics.CASE_TRANSFERRED)
    public void transferred(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, CaseTransferred.class, references::transferred);
    }

    @Topic(Topics.CASE_CLOSED)
    public void closed(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, CaseClosed.class, references::closed);
    }
}
