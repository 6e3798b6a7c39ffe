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
import de.lotse.platform.inbox.EventRoutes;
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

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every topic but case-opened (which the caseload projection applies) and policy-changed (platform)
 * that reporting builds quality standards and outcomes from; one consumer group, one inbox name. Facts a finding depends on
 * go through the {@link QualityLedger}, which re-evaluates the case in the same transaction.
 */
@KafkaListener(
        groupId = "${micronaut.application.name}.case-facts",
        batch = true,
        // one consumer per thread, each with its share of the partitions (a case's events stay on one): a rebuild
        // runs one per partition (LOTSE_REPORTING_CONSUMER_THREADS=3); a running service one, which polls less
        threadsValue = "${lotse.reporting.consumer-threads:1}",
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
    private final EventRoutes routes;
    private final CaseFactsProjection facts;
    private final QualityLedger quality;

    CaseFactsListener(InboundEvents inbound, CaseFactsProjection facts, QualityLedger quality) {
        this.inbound = inbound;
        this.facts = facts;
        this.quality = quality;
        this.routes = EventRoutes.builder()
                .on(Topics.CASE_ASSIGNED, CaseAssigned.class, evaluated(CaseAssigned::caseId, facts::assigned))
                .on(
                        Topics.CASE_TRANSFERRED,
                        CaseTransferred.class,
                        evaluated(CaseTransferred::caseId, facts::transferred))
                .on(Topics.CASE_CLOSED, CaseClosed.class, evaluated(CaseClosed::caseId, facts::closed))
                .on(Topics.PLAN_AGREED, PlanAgreed.class, evaluated(PlanAgreed::caseId, facts::agreed))
                .on(
                        Topics.CONTINUATION_REVIEWED,
                        ContinuationReviewed.class,
                        evaluated(ContinuationReviewed::caseId, facts::reviewed))
                .on(
                        Topics.ASSESSMENT_COMPLETED,
                        AssessmentCompleted.class,
                        evaluated(AssessmentCompleted::caseId, facts::assessed))
                .on(Topics.CONTACT_RECORDED, ContactRecorded.class, evaluated(ContactRecorded::caseId, facts::contact))
                // No finding depends on it; under the case's lock all the same, so its team and a transfer cannot cross
                // (V10).
                .on(
                        Topics.CONSULTATION_HELD,
                        ConsultationHeld.class,
                        evaluated(ConsultationHeld::caseId, facts::consultation))
                // No finding depends on it; under the case's lock all the same, so its team and a transfer cannot cross
                // (V10).
                .on(
                        Topics.SUSTAINABILITY_CHECKED,
                        SustainabilityChecked.class,
                        evaluated(SustainabilityChecked::caseId, facts::sustainabilityChecked))
                .on(
                        Topics.MEASURE_STARTED,
                        MeasureStarted.class,
                        evaluated(MeasureStarted::caseId, facts::measureStarted))
                .on(Topics.CASE_REFERRED, CaseReferred.class, evaluated(CaseReferred::caseId, facts::referred))
                .on(
                        Topics.REFERRAL_DECIDED,
                        ReferralDecided.class,
                        evaluated(ReferralDecided::caseId, facts::referralDecided))
                .on(Topics.NON_REFERRAL_RECORDED, NonReferralRecorded.class, facts::nonReferral)
                .on(Topics.REFERRAL_SENT, ReferralSent.class, evaluated(ReferralSent::caseId, facts::referralSent))
                .on(
                        Topics.REFERRAL_STATUS_CHANGED,
                        ReferralStatusChanged.class,
                        evaluated(ReferralStatusChanged::caseId, facts::referralStatus))
                .on(Topics.MEASURE_ENDED, MeasureEnded.class, evaluated(MeasureEnded::caseId, facts::measureEnded))
                .on(
                        Topics.NEED_STATUS_CHANGED,
                        NeedStatusChanged.class,
                        evaluated(NeedStatusChanged::caseId, facts::needStatus))
                .on(
                        Topics.CATEGORY_CHANGED,
                        CategoryChanged.class,
                        evaluated(CategoryChanged::caseId, facts::categoryChanged))
                .on(
                        Topics.CONSENT_GRANTED,
                        ConsentGranted.class,
                        evaluated(ConsentGranted::caseId, facts::consentGranted))
                .on(
                        Topics.CONSENT_REVOKED,
                        ConsentRevoked.class,
                        evaluated(ConsentRevoked::caseId, facts::consentRevoked))
                .on(Topics.PARTNER_REGISTERED, PartnerRegistered.class, facts::partnerRegistered)
                // a batch's cases are locked once; each case it touched takes its team into its facts once and
                // is evaluated once, after all its events
                .aroundEachBatch((events, applyAll) ->
                        quality.batchScope().around(events, () -> facts.attributingOnce(applyAll)))
                .build()
                .checkSubscribedBy(getClass());
    }

    /** Facts a quality standard reads: applied under the case's lock, then the case is evaluated again. */
    private <T> EventHandler<T> evaluated(Function<T, UUID> caseId, EventHandler<T> apply) {
        return event -> quality.applying(caseId.apply(event.payload()), () -> apply.apply(event));
    }

    @Topic({
        Topics.CASE_ASSIGNED,
        Topics.CASE_TRANSFERRED,
        Topics.CASE_CLOSED,
        Topics.PLAN_AGREED,
        Topics.CONTINUATION_REVIEWED,
        Topics.ASSESSMENT_COMPLETED,
        Topics.CONTACT_RECORDED,
        Topics.CONSULTATION_HELD,
        Topics.SUSTAINABILITY_CHECKED,
        Topics.MEASURE_STARTED,
        Topics.CASE_REFERRED,
        Topics.REFERRAL_DECIDED,
        Topics.NON_REFERRAL_RECORDED,
        Topics.REFERRAL_SENT,
        Topics.REFERRAL_STATUS_CHANGED,
        Topics.MEASURE_ENDED,
        Topics.NEED_STATUS_CHANGED,
        Topics.CATEGORY_CHANGED,
        Topics.CONSENT_GRANTED,
        Topics.CONSENT_REVOKED,
        Topics.PARTNER_REGISTERED
    })
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.processBatch(CONSUMER, records, routes);
    }
}
