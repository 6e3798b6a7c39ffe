package de.lotse.platform.inbox;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

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
}
