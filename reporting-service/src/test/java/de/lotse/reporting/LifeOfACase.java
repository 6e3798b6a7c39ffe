package de.lotse.reporting;

import de.lotse.platform.contracts.CategoryChanged;
import de.lotse.platform.contracts.ConsentGranted;
import de.lotse.platform.contracts.ConsentRevoked;
import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.contracts.MeasureEnded;
import de.lotse.platform.contracts.MeasureStarted;
import de.lotse.platform.contracts.NeedStatusChanged;
import de.lotse.platform.contracts.NonReferralRecorded;
import de.lotse.platform.contracts.PartnerRegistered;
import de.lotse.platform.contracts.PlanAgreed;
import de.lotse.platform.contracts.ReferralDecided;
import de.lotse.platform.contracts.ReferralSent;
import de.lotse.platform.contracts.ReferralStatusChanged;
import de.lotse.platform.testing.fixtures.EventFixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.reporting.ReportingFixtures.START;
import static de.lotse.reporting.ReportingFixtures.TODAY;
import static de.lotse.reporting.ReportingFixtures.at;
import static de.lotse.reporting.ReportingFixtures.id;
import static de.lotse.reporting.ReportingFixtures.nonReferralOf;

/** One case's whole story as the upstream services publish it, the fixture of every topic reporting reads. */
final class LifeOfACase {
    private LifeOfACase() {}

    /**
     * A case through every topic reporting reads, in the order things happened: referral, a decline and
     * the team lead's admission (U25), first consultation, contacts every four weeks, assessments with
     * co-ratings, needs, a category move, an AGH, a consent given and revoked, a partner referral to
     * completion, a U25→Ü25 transfer to another team, a later reassignment within it, review, agreement,
     * a non-referral and its re-check, the partner's registration — and, if asked, the closure.
     */
    static List<EventPayload> events(UUID c, UUID partner, boolean closed) {
        List<EventPayload> events = new ArrayList<>(List.of(
                new PartnerRegistered(
                        partner, "COUNSELLING_AGENCY", List.of("DEBT_COUNSELLING"), at(START.minusMonths(1))),
                EventFixtures.caseReferred()
                        .caseId(c)
                        .referralId(id(c, "referral"))
                        .customerRef(id(c, "customer"))
                        .teamId("team-1")
                        .ageGroup("U25")
                        .policyVersion(3)
                        .referredAt(at(START.minusDays(10)))
                        .build(),
                ReferralDecided.builder()
                        .caseId(c)
                        .decision("DECLINED")
                        .reasonCode("NOT_WILLING")
                        .decidedByRole("FM")
                        .policyVersion(3)
                        .decidedAt(at(START.minusDays(8)))
                        .build(),
                EventFixtures.caseOpened()
                        .caseId(c)
                        .customerRef(id(c, "customer"))
                        .teamId("team-1")
                        .caseManagerId("fm-anna")
                        .ageGroup("U25")
                        .policyVersion(3)
                        .admittedOn(START)
                        .admittedAt(at(START))
                        .decidedByRole("TL")
                        .firstConsultationDueOn(START.plusDays(14))
                        .durationStartOn(START)
                        .maxDurationEndsOn(START.plusMonths(24))
                        .build(),
                EventFixtures.firstConsultationHeld()
                        .caseId(c)
                        .caseManagerId("fm-anna")
                        .teamId("team-1")
                        .firstConsultationDueOn(START.plusDays(14))
                        .firstConsultationHeldOn(START.plusDays(10))
                        .assignedAt(at(START.plusDays(10)))
                        .policyVersion(3)
                        .build(),
                EventFixtures.assessmentCompleted()
                        .caseId(c)
                        .assessmentId(id(c, "assessment-1"))
                        .version(1)
                        .needsByKeyGroup(Map.of("LIVING_CONDITIONS", 3))
                        .entrenchedNeeds(1)
                        .prognosisHorizonMonths(12)
                        .profileCode("SUPPORT")
                        .validUntil(START.plusMonths(6))
                        .completedAt(at(START.plusDays(5)))
                        .assessedOn(START.plusDays(5))
                        .needsAdded(3)
                        .coRatingCustomerSum(10)
                        .coRatingCaseManagerSum(12)
                        .coRatedDimensions(List.of("CONFIDENCE", "DAILY_STRUCTURE", "WORK_READINESS"))
                        .build()));
        for (LocalDate day = START.plusWeeks(3); day.isBefore(TODAY); day = day.plusWeeks(4)) {
            events.add(ContactRecorded.builder()
                    .caseId(c)
                    .contactId(id(c, "contact-" + day))
                    .format("IN_PERSON")
                    .occurredOn(day)
                    .countsForDensity(true)
                    .recordedAt(at(day))
                    .build());
        }
        UUID need = id(c, "need-1");
        UUID consent = id(c, "consent");
        UUID referral = id(c, "partner-referral");
        UUID measure = id(c, "measure");
        UUID nonReferral = nonReferralOf(c);
        events.addAll(List.of(
                ConsentGranted.builder()
                        .caseId(c)
                        .consentId(consent)
                        .partnerId(partner)
                        .scopes(List.of("APPOINTMENTS"))
                        .purposeCode("DEBT_COUNSELLING")
                        .validFrom(START.plusMonths(2))
                        .validUntil(START.plusMonths(14))
                        .grantedAt(at(START.plusMonths(2)))
                        .build(),
                ReferralSent.builder()
                        .caseId(c)
                        .referralId(referral)
                        .partnerId(partner)
                        .serviceCode("DEBT_COUNSELLING")
                        .consentId(consent)
                        .sentAt(at(START.plusMonths(2)))
                        .build(),
                ReferralStatusChanged.builder()
                        .caseId(c)
                        .referralId(referral)
                        .partnerId(partner)
                        .fromStatus("SENT")
                        .toStatus("STARTED")
                        .changedAt(at(START.plusMonths(3)))
                        .build(),
                NeedStatusChanged.builder()
                        .caseId(c)
                        .needId(need)
                        .keyGroup("LIVING_CONDITIONS")
                        .needCode("DEBTS")
                        .fromStatus("IDENTIFIED")
                        .toStatus("IN_PROGRESS")
                        .changedAt(at(START.plusMonths(3)))
                        .build(),
                NeedStatusChanged.builder()
                        .caseId(c)
                        .needId(id(c, "need-2"))
                        .keyGroup("PERFORMANCE_CAPACITY")
                        .needCode("HEALTH_RELATED")
                        .toStatus("IDENTIFIED")
                        .changedAt(at(START.plusMonths(4)))
                        .build(),
                MeasureStarted.builder()
                        .caseId(c)
                        .measureId(measure)
                        .instrumentCode("AGH_16D")
                        .startedOn(START.plusMonths(4))
                        .plannedEndOn(START.plusMonths(10))
                        .partnerId(partner)
                        .recordedAt(at(START.plusMonths(4)))
                        .build(),
                EventFixtures.caseTransferred()
                        .caseId(c)
                        .kind("U25_TO_UE25")
                        .fromTeamId("team-1")
                        .toTeamId("team-2")
                        .fromCaseManagerId("fm-anna")
                        .toCaseManagerId("fm-jonas")
                        .transferredAt(at(START.plusMonths(5)))
                        .ageGroup("UE25")
                        .runningMeasures(1)
                        .policyVersion(3)
                        .build(),
                ContinuationReviewed.builder()
                        .caseId(c)
                        .reviewId(id(c, "review"))
                        .reviewedOn(START.plusMonths(6))
                        .decision("CONTINUE")
                        .extensionApproved(false)
                        .nextReviewDueOn(START.plusMonths(12).plusDays(10))
                        .recordedAt(at(START.plusMonths(6)))
                        .build(),
                EventFixtures.reassigned()
                        .caseId(c)
                        .caseManagerId("fm-lena")
                        .teamId("team-2")
                        .previousCaseManagerId("fm-jonas")
                        .assignedAt(at(START.plusMonths(6)))
                        .policyVersion(3)
                        .build(),
                ReferralStatusChanged.builder()
                        .caseId(c)
                        .referralId(referral)
                        .partnerId(partner)
                        .fromStatus("STARTED")
                        .toStatus("COMPLETED")
                        .changedAt(at(START.plusMonths(6)))
                        .build(),
                NonReferralRecorded.builder()
                        .caseId(nonReferral)
                        .customerRef(id(c, "customer-2"))
                        .teamId("team-av")
                        .reasonCode("OTHER")
                        .recheckDueOn(START.plusMonths(6))
                        .recordedAt(at(START))
                        .status("OPEN")
                        .recheckNumber(0)
                        .policyVersion(3)
                        .build(),
                NonReferralRecorded.builder()
                        .caseId(nonReferral)
                        .customerRef(id(c, "customer-2"))
                        .teamId("team-av")
                        .reasonCode("OTHER")
                        .recheckDueOn(START.plusMonths(12))
                        .recordedAt(at(START.plusMonths(6)))
                        .status("OPEN")
                        .recheckNumber(1)
                        .policyVersion(3)
                        .build(),
                EventFixtures.assessmentCompleted()
                        .caseId(c)
                        .assessmentId(id(c, "assessment-2"))
                        .version(2)
                        .previousVersion(1)
                        .needsByKeyGroup(Map.of("LIVING_CONDITIONS", 2))
                        .prognosisHorizonMonths(6)
                        .profileCode("DEVELOPMENT")
                        .profileDirection("UP")
                        .validUntil(START.plusMonths(13))
                        .completedAt(at(START.plusMonths(7)))
                        .assessedOn(START.plusMonths(7))
                        .needsResolved(1)
                        .strengthsGained(1)
                        .coRatingCustomerSum(13)
                        .coRatingCaseManagerSum(14)
                        .coRatedDimensions(List.of("CONFIDENCE", "DAILY_STRUCTURE", "WORK_READINESS"))
                        .coRatingComparedWith(1)
                        .coRatingCommonDimensions(3)
                        .coRatingChange(5)
                        .build(),
                CategoryChanged.builder()
                        .caseId(c)
                        .fromCode("SUPPORT")
                        .toCode("DEVELOPMENT")
                        .direction("UP")
                        .reasonCode("PROGRESS")
                        .changedAt(at(START.plusMonths(7)))
                        .build(),
                MeasureEnded.builder()
                        .caseId(c)
                        .measureId(measure)
                        .instrumentCode("AGH_16D")
                        .endedOn(START.plusMonths(7))
                        .outcomeCode("COMPLETED_SUCCESSFULLY")
                        .successful(true)
                        .recordedAt(at(START.plusMonths(7)))
                        .build(),
                PlanAgreed.builder()
                        .caseId(c)
                        .planId(id(c, "plan"))
                        .agreementType("EINV")
                        .agreedOn(START.plusMonths(8))
                        .validUntil(START.plusMonths(14))
                        .strategyCount(2)
                        .needsWithoutStrategy(0)
                        .agreedAt(at(START.plusMonths(8)))
                        .build(),
                new ConsentRevoked(c, consent, partner, "REVOKED", at(START.plusMonths(8))),
                NeedStatusChanged.builder()
                        .caseId(c)
                        .needId(need)
                        .keyGroup("LIVING_CONDITIONS")
                        .needCode("DEBTS")
                        .fromStatus("IN_PROGRESS")
                        .toStatus("RESOLVED")
                        .changedAt(at(START.plusMonths(9)))
                        .build()));
        if (closed) {
            events.add(EventFixtures.caseClosed()
                    .caseId(c)
                    .reasonCode("INTEGRATION")
                    .closedOn(TODAY.minusDays(1))
                    .durationDays(364)
                    .closedAt(at(TODAY.minusDays(1)))
                    .integration(true)
                    .handoverRecorded(true)
                    .policyVersion(3)
                    .build());
        }
        return events;
    }
}
