package de.lotse.reporting.casefacts.application;

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
import de.lotse.platform.inbox.ReceivedEvent;
import de.lotse.reporting.casefacts.infrastructure.CaseFactsStore;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns every case topic into the facts of the case's row (and its contacts and measures), so the
 * quality standards can be checked from events alone. Idempotent by construction (upserts keyed by
 * ids, newest fact wins), on top of the inbox.
 */
@Singleton
public class CaseFactsProjection {
    private final CaseFactsStore store;

    /** the cases of the batch this thread applies whose facts take their team at its end, if in one */
    private final ThreadLocal<Set<UUID>> attributeAtEnd = new ThreadLocal<>();

    CaseFactsProjection(CaseFactsStore store) {
        this.store = store;
    }

    /**
     * Runs a batch of events ({@code work}) so that the facts of each case it touches take the case's team once,
     * at its end, with one statement per table for all of them — instead of eight statements after every event
     * (measured: more than half of a replay's CPU). Must run in the batch's transaction, under its cases' locks.
     */
    public void attributingOnce(Runnable work) {
        Set<UUID> cases = new LinkedHashSet<>();
        attributeAtEnd.set(cases);
        try {
            work.run();
        } finally {
            attributeAtEnd.remove();
        }
        store.attributeToTeam(cases);
    }

    private void attributeToTeam(UUID caseId) {
        Set<UUID> batch = attributeAtEnd.get();
        if (batch != null) {
            batch.add(caseId);
        } else {
            store.attributeToTeam(List.of(caseId));
        }
    }

    public void assigned(ReceivedEvent<CaseAssigned> event) {
        CaseAssigned a = event.payload();
        String jobcenter = event.envelope().jobcenterId();
        if (!"DEPUTY".equals(a.supportRole())) {
            // a deputy stands in; the responsible FM stays
            store.responsibility(a.caseId(), jobcenter, a.teamId(), a.caseManagerId(), a.assignedAt());
        }
        if (a.firstConsultationDueOn() != null || a.firstConsultationHeldOn() != null) {
            store.firstConsultation(a.caseId(), jobcenter, a.firstConsultationDueOn(), a.firstConsultationHeldOn());
        }
        attributeToTeam(a.caseId());
    }

    public void transferred(ReceivedEvent<CaseTransferred> event) {
        CaseTransferred t = event.payload();
        String jobcenter = event.envelope().jobcenterId();
        store.responsibility(t.caseId(), jobcenter, t.toTeamId(), t.toCaseManagerId(), t.transferredAt());
        if (t.ageGroup() != null) {
            store.ageGroup(t.caseId(), jobcenter, t.ageGroup(), t.transferredAt());
        }
        attributeToTeam(t.caseId());
    }

    public void closed(ReceivedEvent<CaseClosed> event) {
        CaseClosed c = event.payload();
        store.closed(
                c.caseId(),
                event.envelope().jobcenterId(),
                c.closedOn(),
                c.closedAt(),
                c.reasonCode(),
                c.integration(),
                c.durationDays());
    }

    public void agreed(ReceivedEvent<PlanAgreed> event) {
        PlanAgreed p = event.payload();
        store.agreement(p.caseId(), event.envelope().jobcenterId(), p.validUntil(), p.reviewOn(), p.agreedAt());
    }

    public void reviewed(ReceivedEvent<ContinuationReviewed> event) {
        ContinuationReviewed r = event.payload();
        store.review(
                r.caseId(),
                event.envelope().jobcenterId(),
                r.nextReviewDueOn(),
                r.extensionApproved() ? r.extendedUntil() : null,
                r.recordedAt());
    }

    public void assessed(ReceivedEvent<AssessmentCompleted> event) {
        AssessmentCompleted a = event.payload();
        store.assessment(
                a.caseId(),
                event.envelope().jobcenterId(),
                a.version(),
                a.categoryCode() != null ? a.categoryCode() : a.profileCode());
        LocalDate completedOn = a.assessedOn() != null
                ? a.assessedOn()
                : LocalDate.ofInstant(a.completedAt(), ZoneId.of("Europe/Berlin"));
        // an event published before the dimensions were named has sums but no dimensions and no comparison:
        // stored as it is, and never compared (docs/reporting.md, co-rated progress)
        store.assessmentOutcome(
                a.assessmentId(),
                a.caseId(),
                a.version(),
                completedOn,
                a.needsResolved(),
                a.profileDirection(),
                new CaseFactsStore.CoRating(
                        a.coRatingCustomerSum(),
                        a.coRatingCaseManagerSum(),
                        a.coRatedDimensions(),
                        a.coRatingComparedWith(),
                        a.coRatingCommonDimensions(),
                        a.coRatingChange()),
                event.envelope().jobcenterId());
        attributeToTeam(a.caseId());
    }

    public void referred(ReceivedEvent<CaseReferred> event) {
        CaseReferred r = event.payload();
        store.referred(
                r.caseId(), event.envelope().jobcenterId(), r.teamId(), r.referredAt(), r.secondaryAssignmentDueOn());
        if (r.ageGroup() != null) {
            store.ageGroup(r.caseId(), event.envelope().jobcenterId(), r.ageGroup(), r.referredAt());
        }
    }

    /**
     * Declined by the FM (or, finally, by the team lead): an FM has decided, so the deadline for taking
     * the referral no longer runs — also while the AV's escalation waits for the team lead.
     */
    public void referralDecided(ReceivedEvent<ReferralDecided> event) {
        ReferralDecided d = event.payload();
        if ("DECLINED".equals(d.decision()) || "ESCALATION_DECLINED".equals(d.decision())) {
            store.referralDeclined(d.caseId(), event.envelope().jobcenterId(), d.decidedAt());
        }
    }

    public void nonReferral(ReceivedEvent<NonReferralRecorded> event) {
        NonReferralRecorded n = event.payload();
        store.nonReferral(
                n.caseId(), event.envelope().jobcenterId(), n.teamId(), n.status(), n.recheckDueOn(), n.recordedAt());
    }

    public void referralSent(ReceivedEvent<ReferralSent> event) {
        ReferralSent r = event.payload();
        store.referralSent(
                r.referralId(), r.caseId(), r.serviceCode(), event.envelope().jobcenterId(), r.partnerId());
        attributeToTeam(r.caseId());
    }

    public void referralStatus(ReceivedEvent<ReferralStatusChanged> event) {
        ReferralStatusChanged r = event.payload();
        store.referralStatus(
                r.referralId(),
                r.caseId(),
                r.toStatus(),
                r.changedAt(),
                event.envelope().jobcenterId());
        attributeToTeam(r.caseId());
    }

    public void consultation(ReceivedEvent<ConsultationHeld> event) {
        ConsultationHeld c = event.payload();
        store.consultation(
                c.consultationId(), c.caseId(), event.envelope().jobcenterId(), c.heldOn(), c.participantCount());
        attributeToTeam(c.caseId());
    }

    public void sustainabilityChecked(ReceivedEvent<SustainabilityChecked> event) {
        SustainabilityChecked c = event.payload();
        store.sustainabilityCheck(
                c.checkId(),
                c.caseId(),
                event.envelope().jobcenterId(),
                c.checkpointMonths(),
                c.checkedOn(),
                c.sustained());
        attributeToTeam(c.caseId());
    }

    public void contact(ReceivedEvent<ContactRecorded> event) {
        ContactRecorded c = event.payload();
        store.contact(c.contactId(), c.caseId(), c.occurredOn(), c.countsForDensity());
    }

    public void measureStarted(ReceivedEvent<MeasureStarted> event) {
        MeasureStarted m = event.payload();
        store.measureStarted(
                m.measureId(),
                m.caseId(),
                m.instrumentCode(),
                m.startedOn(),
                m.plannedEndOn(),
                event.envelope().jobcenterId());
        attributeToTeam(m.caseId());
    }

    public void measureEnded(ReceivedEvent<MeasureEnded> event) {
        MeasureEnded m = event.payload();
        store.measureEnded(
                m.measureId(),
                m.caseId(),
                m.instrumentCode(),
                m.endedOn(),
                m.successful(),
                event.envelope().jobcenterId());
        attributeToTeam(m.caseId());
    }

    public void needStatus(ReceivedEvent<NeedStatusChanged> event) {
        NeedStatusChanged n = event.payload();
        store.needStatus(
                n.needId(), n.caseId(), event.envelope().jobcenterId(), n.keyGroup(), n.toStatus(), n.changedAt());
        attributeToTeam(n.caseId());
    }

    public void categoryChanged(ReceivedEvent<CategoryChanged> event) {
        CategoryChanged c = event.payload();
        store.categoryChanged(c.caseId(), event.envelope().jobcenterId(), c.direction(), c.toCode(), c.changedAt());
        attributeToTeam(c.caseId());
    }

    public void consentGranted(ReceivedEvent<ConsentGranted> event) {
        ConsentGranted c = event.payload();
        store.consentGranted(
                c.consentId(),
                c.caseId(),
                event.envelope().jobcenterId(),
                c.partnerId(),
                c.purposeCode(),
                c.grantedAt());
        attributeToTeam(c.caseId());
    }

    public void consentRevoked(ReceivedEvent<ConsentRevoked> event) {
        ConsentRevoked c = event.payload();
        store.consentEnded(
                c.consentId(), c.caseId(), event.envelope().jobcenterId(), c.partnerId(), c.kind(), c.revokedAt());
        attributeToTeam(c.caseId());
    }

    public void partnerRegistered(ReceivedEvent<PartnerRegistered> event) {
        PartnerRegistered p = event.payload();
        store.partnerRegistered(p.partnerId(), event.envelope().jobcenterId(), p.partnerType(), p.registeredAt());
    }

    /** After case-opened set the case's team: its facts that arrived before get it. */
    public void opened(java.util.UUID caseId) {
        attributeToTeam(caseId);
    }
}
