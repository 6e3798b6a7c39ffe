package de.lotse.reporting.messaging;

import de.lotse.platform.contracts.AssessmentCompleted;
import de.lotse.platform.contracts.CaseAssigned;
import de.lotse.platform.contracts.CaseClosed;
import de.lotse.platform.contracts.CaseReferred;
import de.lotse.platform.contracts.CaseTransferred;
import de.lotse.platform.contracts.CategoryChanged;
import de.lotse.platform.contracts.ConsentGranted;
import de.lotse.platform.contracts.ConsentRevoked;
import de.lotse.platform.contracts.ConsultationHeld;
import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.contracts.MeasureEnded;
import de.lotse.platform.contracts.MeasureStarted;
import de.lotse.platform.contracts.NeedStatusChanged;
import de.lotse.platform.contracts.NonReferralRecorded;
import de.lotse.platform.contracts.PartnerRegistered;
import de.lotse.platform.contracts.PlanAgreed;
import de.lotse.platform.contracts.ReferralDecided;
import de.lotse.platform.contracts.ReferralSent;
import de.lotse.platform.contracts.ReferralStatusChanged;
import de.lotse.platform.contracts.SustainabilityChecked;
import de.lotse.platform.events.Topics;
import de.lotse.platform.inbox.EventHandler;
import de.lotse.platform.inbox.InboundEvents;
import de.lotse.reporting.casefacts.application.CaseFactsProjection;
import de.lotse.reporting.quality.application.QualityLedger;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.UUID;
import java.util.function.Function;

/**
 * Every topic but case-opened (which the caseload projection applies) and policy-changed (platform)
 * that reporting builds quality standards and outcomes from; one consumer group, one inbox name. Facts a finding depends on
 * go through the {@link QualityLedger}, which re-evaluates the case in the same transaction.
 */
@KafkaListener(
        groupId = "${micronaut.application.name}.case-facts",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy =
                @ErrorStrategy(
                        value = ErrorStrategyValue.RETRY_ON_ERROR,
                        retryDelay = "2s",
                        retryCount = Integer.MAX_VALUE))
class CaseFactsListener {
    static final String CONSUMER = "reporting.case-facts";

    private final InboundEvents inbound;
    private final CaseFactsProjection facts;
    private final QualityLedger quality;

    CaseFactsListener(InboundEvents inbound, CaseFactsProjection facts, QualityLedger quality) {
        this.inbound = inbound;
        this.facts = facts;
        this.quality = quality;
    }

    /** Facts a quality standard reads: applied under the case's lock, then the case is evaluated again. */
    private <T> EventHandler<T> evaluated(Function<T, UUID> caseId, EventHandler<T> apply) {
        return event -> quality.applying(caseId.apply(event.payload()), () -> apply.apply(event));
    }

    @Topic(Topics.CASE_ASSIGNED)
    void assigned(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, CaseAssigned.class, evaluated(CaseAssigned::caseId, facts::assigned));
    }

    @Topic(Topics.CASE_TRANSFERRED)
    void transferred(ConsumerRecord<String, String> record) {
        inbound.process(
                CONSUMER, record, CaseTransferred.class, evaluated(CaseTransferred::caseId, facts::transferred));
    }

    @Topic(Topics.CASE_CLOSED)
    void closed(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, CaseClosed.class, evaluated(CaseClosed::caseId, facts::closed));
    }

    @Topic(Topics.PLAN_AGREED)
    void agreed(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, PlanAgreed.class, evaluated(PlanAgreed::caseId, facts::agreed));
    }

    @Topic(Topics.CONTINUATION_REVIEWED)
    void reviewed(ConsumerRecord<String, String> record) {
        inbound.process(
                CONSUMER, record, ContinuationReviewed.class, evaluated(ContinuationReviewed::caseId, facts::reviewed));
    }

    @Topic(Topics.ASSESSMENT_COMPLETED)
    void assessed(ConsumerRecord<String, String> record) {
        inbound.process(
                CONSUMER, record, AssessmentCompleted.class, evaluated(AssessmentCompleted::caseId, facts::assessed));
    }

    @Topic(Topics.CONTACT_RECORDED)
    void contact(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, ContactRecorded.class, evaluated(ContactRecorded::caseId, facts::contact));
    }

    /** No finding depends on it; under the case's lock all the same, so its team and a transfer cannot cross (V10). */
    @Topic(Topics.CONSULTATION_HELD)
    void consultation(ConsumerRecord<String, String> record) {
        inbound.process(
                CONSUMER, record, ConsultationHeld.class, evaluated(ConsultationHeld::caseId, facts::consultation));
    }

    /** No finding depends on it; under the case's lock all the same, so its team and a transfer cannot cross (V10). */
    @Topic(Topics.SUSTAINABILITY_CHECKED)
    void sustainabilityChecked(ConsumerRecord<String, String> record) {
        inbound.process(
                CONSUMER,
                record,
                SustainabilityChecked.class,
                evaluated(SustainabilityChecked::caseId, facts::sustainabilityChecked));
    }

    @Topic(Topics.MEASURE_STARTED)
    void measureStarted(ConsumerRecord<String, String> record) {
        inbound.process(
                CONSUMER, record, MeasureStarted.class, evaluated(MeasureStarted::caseId, facts::measureStarted));
    }

    @Topic(Topics.CASE_REFERRED)
    void referred(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, CaseReferred.class, evaluated(CaseReferred::caseId, facts::referred));
    }

    @Topic(Topics.REFERRAL_DECIDED)
    void referralDecided(ConsumerRecord<String, String> record) {
        inbound.process(
                CONSUMER, record, ReferralDecided.class, evaluated(ReferralDecided::caseId, facts::referralDecided));
    }

    @Topic(Topics.NON_REFERRAL_RECORDED)
    void nonReferral(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, NonReferralRecorded.class, facts::nonReferral);
    }

    @Topic(Topics.REFERRAL_SENT)
    void referralSent(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, ReferralSent.class, evaluated(ReferralSent::caseId, facts::referralSent));
    }

    @Topic(Topics.REFERRAL_STATUS_CHANGED)
    void referralStatus(ConsumerRecord<String, String> record) {
        inbound.process(
                CONSUMER,
                record,
                ReferralStatusChanged.class,
                evaluated(ReferralStatusChanged::caseId, facts::referralStatus));
    }

    @Topic(Topics.MEASURE_ENDED)
    void measureEnded(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, MeasureEnded.class, evaluated(MeasureEnded::caseId, facts::measureEnded));
    }

    @Topic(Topics.NEED_STATUS_CHANGED)
    void needStatus(ConsumerRecord<String, String> record) {
        inbound.process(
                CONSUMER, record, NeedStatusChanged.class, evaluated(NeedStatusChanged::caseId, facts::needStatus));
    }

    @Topic(Topics.CATEGORY_CHANGED)
    void categoryChanged(ConsumerRecord<String, String> record) {
        inbound.process(
                CONSUMER, record, CategoryChanged.class, evaluated(CategoryChanged::caseId, facts::categoryChanged));
    }

    @Topic(Topics.CONSENT_GRANTED)
    void consentGranted(ConsumerRecord<String, String> record) {
        inbound.process(
                CONSUMER, record, ConsentGranted.class, evaluated(ConsentGranted::caseId, facts::consentGranted));
    }

    @Topic(Topics.CONSENT_REVOKED)
    void consentRevoked(ConsumerRecord<String, String> record) {
        inbound.process(
                CONSUMER, record, ConsentRevoked.class, evaluated(ConsentRevoked::caseId, facts::consentRevoked));
    }

    @Topic(Topics.PARTNER_REGISTERED)
    void partnerRegistered(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, PartnerRegistered.class, facts::partnerRegistered);
    }
}
