package de.lotse.platform.inbox;

import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The inbox table: remembers which events a consumer has already applied. */
@Singleton
class Inbox {
    private final Statements sql;

    Inbox(Statements sql) {
        this.sql = sql;
    }

    /**
     * Records the event for this consumer; false if it was recorded before (a redelivery).
     * Must run in the transaction of the effect, so effect and record commit together.
     */
    boolean claim(String consumer, UUID eventId, String eventType) {
        return sql.update(
                        """
                insert into inbox_event (consumer, event_id, event_type) values (:consumer, :eventId, :eventType)
                on conflict do nothing""",
                        Params.of("consumer", consumer).and("eventId", eventId).and("eventType", eventType))
                == 1;
    }

    /**
     * Records all the events for this consumer in one statement; returns the ids that were new (the others were
     * applied before). Must run in the transaction of the effects.
     */
    Set<UUID> claimAll(String consumer, Collection<EventEnvelope> events) {
        UUID[] ids = events.stream().map(EventEnvelope::eventId).toArray(UUID[]::new);
        String[] types = events.stream().map(EventEnvelope::eventType).toArray(String[]::new);
        return new HashSet<>(sql.query(
                """
                insert into inbox_event (consumer, event_id, event_type)
                select :consumer, e.id, e.type from unnest(:ids::uuid[], :types::text[]) as e(id, type)
                on conflict do nothing
                returning event_id""",
                Params.of("consumer", consumer).and("ids", ids).and("types", types),
                rs -> rs.getObject(1, UUID.class)));
    }
}
