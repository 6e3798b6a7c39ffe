package de.lotse.platform.inbox;

import de.lotse.platform.outbox.OutboxException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.SQLException;
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
        return jdbc.prepareStatement("""
                insert into inbox_event (consumer, event_id, event_type) values (?, ?, ?)
                on conflict do nothing""", statement -> {
            try {
                statement.setString(1, consumer);
                statement.setObject(2, eventId);
                statement.setString(3, eventType);
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                throw new OutboxException("could not write inbox row", e);
            }
        });
    }
}
