package de.lotse.platform.events;

/**
 * Topic names as compile-time constants, for {@code @Topic} annotations. They must equal
 * {@link EventType#topic()}; a unit test keeps them in step.
 */
public final class Topics {
    public static final String CASE_REFERRED = "case-referred";
    public static final String CASE_OPENED = "case-opened";
    public static final String REFERRAL_DECIDED = "referral-decided";
    public static final String CASE_ASSIGNED = "case-assigned";
    public static final String CASE_TRANSFERRED = "case-transferred";
    public static final String CASE_CLOSED = "case-closed";
    public static final String NON_REFERRAL_RECORDED = "non-referral-recorded";
    public static final String POLICY_CHANGED = "policy-changed";
    public static final String DIRECTORY_CHANGED = "directory-changed";
    public static final String ASSESSMENT_COMPLETED = "assessment-completed";
    public static final String NEED_STATUS_CHANGED = "need-status-changed";
    public static final String CATEGORY_CHANGED = "category-changed";
    public static final String PLAN_AGREED = "plan-agreed";
    public static final String CONTACT_RECORDED = "contact-recorded";
    public static final String CONTINUATION_REVIEWED = "continuation-reviewed";
    public static final String MEASURE_STARTED = "measure-started";
    public static final String MEASURE_ENDED = "measure-ended";
    public static final String CONSULTATION_HELD = "consultation-held";
    public static final String SUSTAINABILITY_CHECKED = "sustainability-checked";
    public static final String PARTNER_REGISTERED = "partner-registered";
    public static final String CONSENT_GRANTED = "consent-granted";
    public static final String CONSENT_REVOKED = "consent-revoked";
    public static final String REFERRAL_SENT = "referral-sent";
    public static final String REFERRAL_STATUS_CHANGED = "referral-status-changed";
    public static final String AUDIT_CHAIN_ANCHORED = "audit-chain-anchored";

    private Topics() {}
}
