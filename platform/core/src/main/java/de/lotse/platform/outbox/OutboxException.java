package de.lotse.platform.outbox;

/** The outbox could not be written or read; the surrounding transaction must roll back. */
public class OutboxException extends RuntimeException {
    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
