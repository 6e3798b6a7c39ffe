package de.lotse.platform.domain;

/**
 * A request value that bean validation cannot judge alone (it needs the stored state, e.g. a version that does not
 * exist). Framework-free so application code can throw it; the HTTP layer renders it as problem+json 400 naming
 * the field and the rule.
 */
public class InvalidInput extends RuntimeException {
    private final String field;
    private final String rule;

    /**
     * @param field   the request field
     * @param rule    a stable rule code, e.g. {@code UNKNOWN_VERSION}
     * @param message a German message for the user
     */
    public InvalidInput(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
