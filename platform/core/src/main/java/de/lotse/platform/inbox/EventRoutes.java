package de.lotse.platform.inbox;

import io.micronaut.configuration.kafka.annotation.Topic;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one consumer does with each topic it subscribes to: the payload type and the handler per topic, and
 * optionally a {@link BatchScope} around the effects of one batch. A consumer receives all its topics in one
 * Kafka consumer and applies what a poll returned in one transaction ({@link InboundEvents#processBatch}).
 *
 * <pre>
 * routes = EventRoutes.builder()
 *         .on(Topics.CASE_OPENED, CaseOpened.class, references::opened)
 *         .on(Topics.CASE_CLOSED, CaseClosed.class, references::closed)
 *         .build();
 * </pre>
 */
public final class EventRoutes {

    /** One topic's payload type and handler. */
    record Route<T>(String topic, Class<T> type, EventHandler<T> handler) {}

    private final Map<String, Route<?>> byTopic;
    private final BatchScope scope;

    private EventRoutes(Map<String, Route<?>> byTopic, BatchScope scope) {
        this.byTopic = Map.copyOf(byTopic);
        this.scope = scope;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Set<String> topics() {
        return byTopic.keySet();
    }

    Route<?> route(String topic) {
        return byTopic.get(topic);
    }

    BatchScope scope() {
        return scope;
    }

    /**
     * Fails unless the {@code @Topic} annotations of {@code listener}'s methods (its class and superclasses)
     * name exactly these routes' topics: a topic routed but not subscribed would never arrive, one subscribed but
     * not routed would be parked. Listeners call it in their constructor, so a mismatch stops the service's start
     * (and every test that starts it).
     */
    public EventRoutes checkSubscribedBy(Class<?> listener) {
        Set<String> subscribed = new TreeSet<>();
        for (Class<?> type = listener; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                for (Topic topic : method.getAnnotationsByType(Topic.class)) {
                    subscribed.addAll(Arrays.asList(topic.value()));
                }
            }
        }
        Set<String> routed = new TreeSet<>(byTopic.keySet());
        if (!subscribed.equals(routed)) {
            throw new IllegalStateException(listener.getName() + " subscribes to " + subscribed + " but routes "
                    + routed + ": the @Topic list and the routes must name the same topics");
        }
        return this;
    }

    public static final class Builder {
        private final Map<String, Route<?>> byTopic = new LinkedHashMap<>();
        private BatchScope scope = BatchScope.NONE;

        private Builder() {}

        public <T> Builder on(String topic, Class<T> type, EventHandler<T> handler) {
            if (byTopic.putIfAbsent(topic, new Route<>(topic, type, handler)) != null) {
                throw new IllegalArgumentException("two routes for topic " + topic);
            }
            return this;
        }

        /** Runs around the effects of each batch (in its transaction), e.g. to lock and re-evaluate once. */
        public Builder aroundEachBatch(BatchScope scope) {
            this.scope = scope;
            return this;
        }

        public EventRoutes build() {
            if (byTopic.isEmpty()) {
                throw new IllegalStateException("no routes");
            }
            return new EventRoutes(byTopic, scope);
        }
    }

    /**
     * Work that belongs to a whole batch rather than to each event: it runs inside the batch's transaction and
     * must call {@code applyAll} exactly once. When a batch fails, its events are applied one by one without the
     * scope, so a handler must also be correct on its own.
     */
    @FunctionalInterface
    public interface BatchScope {
        BatchScope NONE = (events, applyAll) -> applyAll.run();

        void around(Collection<ReceivedEvent<?>> events, Runnable applyAll);
    }
}
