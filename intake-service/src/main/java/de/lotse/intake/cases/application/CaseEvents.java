package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.Deputy;
import de.lotse.intake.cases.domain.TransferKind;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.platform.contracts.CaseAssigned;
import de.lotse.platform.contracts.CaseAssignedBuilder;
import de.lotse.platform.contracts.CaseClosed;
import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.contracts.CaseReferred;
import de.lotse.platform.contracts.CaseTransferred;
import de.lotse.platform.contracts.ReferralDecided;
import de.lotse.platform.outbox.OutboxWriter;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Publishes the case's state changes through the outbox, one event per change, keyed by the case
 * id. The payloads carry ids, codes and dates only (the customer is the pseudonymous customerRef).
 */
@Singleton
class CaseEvents {
    /** Kinds of {@code case-assigned}. */
    static final String FIRST_CONSULTATION_HELD = "FIRST_CONSULTATION_HELD";

    static final String REASSIGNMENT = "REASSIGNMENT";
    static final String DEPUTY_STARTED = "DEPUTY_STARTED";
    static final String DEPUTY_ENDED = "DEPUTY_ENDED";

    private final OutboxWriter outbox;

    CaseEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    void referred(BfmCase c) {
        var r = c.referral();
        outbox.append(
                c.jobcenterId(),
                c.id(),
                CaseReferred.builder()
                        .caseId(c.id())
                        .referralId(c.id())
                        .customerRef(c.customerId())
                        .route(r.route().name())
                        .referredBy(r.referredBy())
                        .teamId(c.teamId())
                        .ageGroup(c.ageGroup().name())
                        .reasonCodes(r.reasons().stream().map(Enum::name).toList())
                        .policyVersion(r.policyVersion())
                        .referredAt(r.referredAt())
                        .secondaryAssignmentDueOn(r.secondaryAssignmentDueOn())
                        .predecessorCaseId(r.predecessorCaseId())
                        .build());
    }

    void opened(BfmCase c, Customer customer) {
        var a = c.admission();
        LocalDate adultOn = customer.dateOfBirth().plusYears(18);
        outbox.append(
                c.jobcenterId(),
                c.id(),
                CaseOpened.builder()
                        .caseId(c.id())
                        .customerRef(c.customerId())
                        .teamId(c.teamId())
                        .caseManagerId(c.caseManagerId())
                        .route(c.referral().route().name())
                        .ageGroup(c.ageGroup().name())
                        .policyVersion(a.policyVersion())
                        .admittedOn(a.admittedOn())
                        .admittedAt(a.admittedAt())
                        .supportRole(c.supportRole().name())
                        .decidedByRole(a.decidedByRole())
                        .secondaryAssignmentDueOn(c.referral().secondaryAssignmentDueOn())
                        .firstConsultationDueOn(c.firstConsultation().dueOn())
                        .durationStartOn(a.durationStartOn())
                        .maxDurationEndsOn(a.maxDurationEndsOn())
                        .overCaseloadOverride(a.overCaseloadOverride())
                        // only a minor's coming of age travels, never the birth date
                        .minorUntil(adultOn.isAfter(a.admittedOn()) ? adultOn : null)
                        .build());
    }

    void decided(BfmCase c, String decision, String reasonCode, String role, int policyVersion, Instant at) {
        outbox.append(
                c.jobcenterId(),
                c.id(),
                ReferralDecided.builder()
                        .caseId(c.id())
                        .decision(decision)
                        .reasonCode(reasonCode)
                        .decidedByRole(role)
                        .policyVersion(policyVersion)
                        .decidedAt(at)
                        .build());
    }

    void firstConsultationHeld(BfmCase c, int policyVersion, Instant at) {
        outbox.append(
                c.jobcenterId(),
                c.id(),
                assignment(c, FIRST_CONSULTATION_HELD, policyVersion, at)
                        .caseManagerId(c.caseManagerId())
                        .supportRole(c.supportRole().name())
                        .overCaseloadOverride(c.admission().overCaseloadOverride())
                        .build());
    }

    void reassigned(BfmCase c, String previous, boolean override, int policyVersion, Instant at) {
        outbox.append(
                c.jobcenterId(),
                c.id(),
                assignment(c, REASSIGNMENT, policyVersion, at)
                        .caseManagerId(c.caseManagerId())
                        .supportRole(c.supportRole().name())
                        .overCaseloadOverride(override)
                        .previousCaseManagerId(previous)
                        .build());
    }

    void deputy(BfmCase c, boolean started, int policyVersion, Instant at) {
        deputy(c, c.deputy(), c.caseManagerId(), started ? DEPUTY_STARTED : DEPUTY_ENDED, policyVersion, at);
    }

    /**
     * A change (transfer, reassignment to the deputy) removed a deputy who still stood in for
     * {@code stoodInFor}: without this event the other services would keep granting them access
     * until the period's original end.
     */
    void deputyRemoved(BfmCase c, Deputy ended, String stoodInFor, int policyVersion, Instant at) {
        deputy(c, ended, stoodInFor, DEPUTY_ENDED, policyVersion, at);
    }

    private void deputy(BfmCase c, Deputy d, String stoodInFor, String kind, int policyVersion, Instant at) {
        outbox.append(
                c.jobcenterId(),
                c.id(),
                assignment(c, kind, policyVersion, at)
                        .caseManagerId(d.deputyId())
                        .supportRole("DEPUTY")
                        .overCaseloadOverride(false)
                        .previousCaseManagerId(stoodInFor)
                        .validFrom(d.from())
                        .validUntil(d.until())
                        .customerAgreed(d.customerAgreed())
                        .build());
    }

    /**
     * What every {@code case-assigned} carries about the case and its first consultation; the kinds add who
     * is assigned in which role. Values a kind does not set stay empty (validity and consent only for a deputy).
     */
    private static CaseAssignedBuilder assignment(BfmCase c, String kind, int policyVersion, Instant at) {
        var f = c.firstConsultation();
        return CaseAssigned.builder()
                .caseId(c.id())
                .teamId(c.teamId())
                .kind(kind)
                .assignedAt(at)
                .policyVersion(policyVersion)
                .firstConsultationDueOn(f.dueOn())
                .firstConsultationHeldOn(f.heldOn())
                .clarificationPhaseEndsOn(f.clarificationPhaseEndsOn())
                .customerAgreed(false);
    }

    void transferred(
            BfmCase before,
            BfmCase after,
            TransferKind kind,
            int runningMeasures,
            boolean override,
            int policyVersion,
            Instant at) {
        outbox.append(
                after.jobcenterId(),
                after.id(),
                CaseTransferred.builder()
                        .caseId(after.id())
                        .kind(kind.name())
                        .fromTeamId(before.teamId())
                        .toTeamId(after.teamId())
                        .fromCaseManagerId(before.caseManagerId())
                        .toCaseManagerId(after.caseManagerId())
                        .transferredAt(at)
                        .ageGroup(after.ageGroup().name())
                        .runningMeasures(runningMeasures)
                        .overCaseloadOverride(override)
                        .policyVersion(policyVersion)
                        .build());
    }

    void closed(BfmCase c) {
        var cl = c.closure();
        outbox.append(
                c.jobcenterId(),
                c.id(),
                CaseClosed.builder()
                        .caseId(c.id())
                        .reasonCode(cl.reasonCode())
                        .closedOn(cl.closedOn())
                        .durationDays(c.durationDaysOn(cl.closedOn()))
                        .closedAt(cl.closedAt())
                        .integration(cl.integration())
                        .handoverRecorded(cl.handover() != null)
                        .afterCareUntil(cl.afterCareUntil())
                        .successorCaseId(cl.successorCaseId())
                        .policyVersion(cl.policyVersion())
                        .build());
    }
}
