package de.lotse.platform.domain;

import java.util.List;

/**
 * A domain rule refuses an operation. Framework-free so domain code can throw it; the HTTP layer
 * renders it as problem+json 422 naming the field and the rule — every broken rule when there are
 * several (e.g. each access criterion a referral fails).
 */
public class RuleViolation extends RuntimeException {
    private final List<Broken> broken;

    /**
     * @param field   the request field the rule concerns, or {@code null} for the whole request
     * @param rule    a stable rule code, e.g. {@code CUSTOMER_NOT_WILLING}
     * @param message a German message for the user
     */
    public RuleViolation(String field, String rule, String message) {
        this(List.of(new Broken(field, rule, message)));
    }

    /** Several broken rules at once; the first one's message is the summary. */
    public RuleViolation(List<Broken> broken) {
        super(broken.get(0).message());
        this.broken = List.copyOf(broken);
    }

    public String field() {
        return broken.get(0).field();
    }

    public String rule() {
        return broken.get(0).rule();
    }

    public List<Broken> broken() {
        return broken;
    }

    /** One broken rule: the field it concerns ({@code null}: the whole request), its code, a German message. */
    public record Broken(String field, String rule, String message) {}
}
