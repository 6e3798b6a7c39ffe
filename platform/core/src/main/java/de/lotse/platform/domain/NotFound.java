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

    /** "{@code what} {@code id} wurde nicht gefunden." */
    public static NotFound of(String what, Object id) {
        return new NotFound(what + " " + id + " wurde nicht gefunden.");
    }
}
