package de.lotse.platform.audit;

import de.lotse.platform.events.Topics;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import java.util.Map;
import java.util.Optional;

/**
 * The anchor topic is created at start-up with unlimited retention, whatever the broker's default
 * (micronaut-kafka creates declared {@link NewTopic}s; an existing topic is left as it is — on a
 * managed cluster, set {@code retention.ms=-1} on {@code audit-chain-anchored} if it was created
 * another way). An anchor that expires can no longer show a truncated tail.
 */
@Factory
class AuditAnchorTopic {

    @Bean
    @Requires(property = "lotse.audit.anchor.create-topic", notEquals = "false")
    NewTopic auditChainAnchoredTopic() {
        return new NewTopic(Topics.AUDIT_CHAIN_ANCHORED, Optional.empty(), Optional.empty())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
    }
}
