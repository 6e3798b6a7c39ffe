package de.lotse.platform.events;

import de.lotse.platform.contracts.*;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type of the published language, with its topic, payload contract and version.
 * The topic is named after the event type (ARCHITECTURE.md §1). Kafka key: the case id, for
 * partner events the partner id.
 */
public enum EventType {
    CASE_REFERRED("case-referred", CaseReferred.class, 1),
    CASE_OPENED("case-opened", CaseOpened.class, 1),
    REFERRAL_DECIDED("referral-decided", ReferralDecided.class, 1),
    CASE_ASSIGNED("case-assigned", CaseAssigned.class, 1),
    CASE_TRANSFERRED("case-transferred", CaseTransferred.class, 1),
    CASE_CLOSED("case-closed", CaseClosed.class, 1),
    NON_REFERRAL_RECORDED("non-referral-recorded", NonReferralRecorded.class, 1),
    POLICY_CHANGED("policy-changed", PolicyChanged.class, 1),
    /** the Jobcenter's own record (name, address, Bundesland); key: the Jobcenter id */
    DIRECTORY_CHANGED("directory-changed", DirectoryChanged.class, 1),
    ASSESSMENT_COMPLETED("assessment-completed", AssessmentCompleted.class, 1),
    NEED_STATUS_CHANGED("need-status-changed", NeedStatusChanged.class, 1),
    CATEGORY_CHANGED("category-changed", CategoryChanged.class, 1),
    PLAN_AGREED("plan-agreed", PlanAgreed.class, 1),
    CONTACT_RECORDED("contact-recorded", ContactRecorded.class, 1),
    CONTINUATION_REVIEWED("continuation-reviewed", ContinuationReviewed.class, 1),
    MEASURE_STARTED("measure-started", MeasureStarted.class, 1),
    MEASURE_ENDED("measure-ended", MeasureEnded.class, 1),
    CONSULTATION_HELD("consultation-held", ConsultationHeld.class, 1),
    SUSTAINABILITY_CHECKED("sustainability-checked", SustainabilityChecked.class, 1),
    PARTNER_REGISTERED("partner-registered", PartnerRegistered.class, 1),
    CONSENT_GRANTED("consent-granted", ConsentGranted.class, 1),
    CONSENT_REVOKED("consent-revoked", ConsentRevoked.class, 1),
    REFERRAL_SENT("referral-sent", ReferralSent.class, 1),
    REFERRAL_STATUS_CHANGED("referral-status-changed", ReferralStatusChanged.class, 1),
    /** every service's audit chain head; key: the chain's name (docs/architecture.md, Privacy) */
    AUDIT_CHAIN_ANCHORED("audit-chain-anchored", AuditChainAnchored.class, 1);

    /** Suffix of the dead-letter topic of every topic: {@code case-opened.dlt}. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private final String topic;
    private final Class<? extends EventPayload> payloadType;
    private final int version;

    EventType(String topic, Class<? extends EventPayload> payloadType, int version) {
        this.topic = topic;
        this.payloadType = payloadType;
        this.version = version;
    }

    public String topic() {
        return topic;
    }

    public String deadLetterTopic() {
        return topic + DEAD_LETTER_SUFFIX;
    }

    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    public int version() {
        return version;
    }

    public static EventType of(EventPayload payload) {
        return Arrays.stream(values())
                .filter(type -> type.payloadType.isInstance(payload))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + payload.getClass()));
    }

    public static Optional<EventType> byTopic(String topic) {
        return Arrays.stream(values()).filter(type -> type.topic.equals(topic)).findFirst();
    }
}
