package de.lotse.platform.inbox;

import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.UUID;

/** The inbox table: remembers which events a consumer has already applied. */
@Singleton
class Inbox {
    private final JdbcOperations jdbc;

    Inbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the event for this consumer; false if it was recorded before (a redelivery).
     * Must run in the transaction of the effect, so effect and record commit together.
     */
    boolean claim(String consumer, UUID eventId, String eventType) {
        return Sql.update(jdbc, """
                insert into inbox_event (consumer, event_id, event_type) values (?, ?, ?)
                on conflict do nothing""", statement -> {
            statement.setString(1, consumer);
            statement.setObject(2, eventId);
            statement.setString(3, eventType);
        }) == 1;
    }
}
