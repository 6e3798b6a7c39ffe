package de.lotse.platform.domain;

/**
 * A domain rule refuses an operation. Framework-free so domain code can throw it; the HTTP layer
 * renders it as problem+json 422 naming the field and the rule.
 */
public class RuleViolation extends RuntimeException {
    private final String field;
    private final String rule;

    /**
     * @param field   the request field the rule concerns, or {@code null} for the whole request
     * @param rule    a stable rule code, e.g. {@code CUSTOMER_NOT_WILLING}
     * @param message a German message for the user
     */
    public RuleViolation(String field, String rule, String message) {
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
