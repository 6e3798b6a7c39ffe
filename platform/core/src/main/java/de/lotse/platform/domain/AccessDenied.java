package de.lotse.platform.domain;

/**
 * The caller may not do this (with this object): an access rule refuses it, e.g. a case of another team
 * (docs/security.md). Framework-free so application code can throw it; the HTTP layer renders it as problem+json
 * 403 naming the rule.
 */
public class AccessDenied extends RuntimeException {
    private final String rule;

    /**
     * @param rule    a stable rule code, e.g. {@code NOT_YOUR_CASE}
     * @param message a German message for the user
     */
    public AccessDenied(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A refusal no rule code names (e.g. a token without a Jobcenter). */
    public AccessDenied(String message) {
        this(null, message);
    }

    /** The rule code, or {@code null}. */
    public String rule() {
        return rule;
    }
}
