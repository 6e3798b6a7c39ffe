package de.lotse.platform.correlation;

import org.slf4j.MDC;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of the current request or event, kept in the logging MDC: set by the web filter for a request
 * and by the inbox for a consumed event, carried on by the outbox, the audit log and problem responses.
 */
public final class Correlation {
    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private Correlation() {}

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** Accepts a caller's id only if it is short and harmless in logs; otherwise makes a new one. */
    public static String acceptOrCreate(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches()
                ? candidate
                : UUID.randomUUID().toString();
    }
}
