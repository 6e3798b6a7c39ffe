package de.lotse.platform.inbox;

/**
 * Thrown by an event handler for an event that can never be applied (a required fact is missing,
 * a code is unknown): retrying cannot help, so the event is parked in the dead-letter topic at once.
 */
public class UnprocessableEvent extends RuntimeException {
    public UnprocessableEvent(String message) {
        super(message);
    }

    public UnprocessableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
