package de.lotse.platform.domain;

/**
 * The object asked for does not exist for the caller (or not in the caller's Jobcenter: the two look the same, so
 * an id from elsewhere reveals nothing). Framework-free so application code can throw it; the HTTP layer renders
 * it as problem+json 404.
 */
public class NotFound extends RuntimeException {

    /** @param message a German message for the user */
    public NotFound(String message) {
        super(message);
    }

    /**
     * "{@code what}: nicht gefunden." — without the id: people cannot read one, and the caller knows what it
     * asked for.
     */
    public static NotFound of(String what) {
        return new NotFound(what + ": nicht gefunden. Bitte die Ansicht neu laden.");
    }
}
