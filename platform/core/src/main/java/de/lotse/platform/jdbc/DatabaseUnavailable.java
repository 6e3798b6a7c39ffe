package de.lotse.platform.jdbc;

/**
 * The database is away (see {@link DatabaseFailures.Kind#UNAVAILABLE}): the work was not done and
 * nothing was written. A Kafka listener that gets this from {@code InboundEvents} lets its error
 * strategy ({@code RETRY_ON_ERROR}) seek back to the record and pause the partition for the retry
 * delay, so the consumer waits for its database instead of parking the event.
 */
public class DatabaseUnavailable extends RuntimeException {
    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
