package de.lotse.platform.domain;

/**
 * An operation does not fit the current state of an aggregate (admitting a closed case, closing
 * twice). Framework-free so domain code can throw it; the HTTP layer renders it as problem+json
 * 409 naming the rule, and nothing is changed.
 */
public class StateConflict extends RuntimeException {
    private final String rule;

    /**
     * @param rule    a stable rule code, e.g. {@code CASE_ALREADY_CLOSED}
     * @param message a German message for the user
     */
    public StateConflict(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A conflict no rule code names. */
    public StateConflict(String message) {
        this(null, message);
    }

    /** The rule code, or {@code null}. */
    public String rule() {
        return rule;
    }
}
