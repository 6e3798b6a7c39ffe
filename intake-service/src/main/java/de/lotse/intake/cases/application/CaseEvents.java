package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.Deputy;
import de.lotse.intake.cases.domain.TransferKind;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.platform.contracts.CaseAssigned;
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
        outbox.append(c.jobcenterId(), c.id(), new CaseReferred(c.id(), c.id(), c.customerId(), r.route().name(),
                r.referredBy(), c.teamId(), c.ageGroup().name(), r.reasons().stream().map(Enum::name).toList(),
                r.policyVersion(), r.referredAt(), r.secondaryAssignmentDueOn(), r.predecessorCaseId()));
    }

    void opened(BfmCase c, Customer customer) {
        var a = c.admission();
        LocalDate adultOn = customer.dateOfBirth().plusYears(18);
        outbox.append(c.jobcenterId(), c.id(), new CaseOpened(c.id(), c.customerId(), c.teamId(), c.caseManagerId(),
                c.referral().route().name(), c.ageGroup().name(), a.policyVersion(), a.admittedOn(), a.admittedAt(),
                c.supportRole().name(), a.decidedByRole(), c.referral().secondaryAssignmentDueOn(),
                c.firstConsultation().dueOn(), a.durationStartOn(), a.maxDurationEndsOn(), a.overCaseloadOverride(),
                adultOn.isAfter(a.admittedOn()) ? adultOn : null));
    }

    void decided(BfmCase c, String decision, String reasonCode, String role, int policyVersion, Instant at) {
        outbox.append(c.jobcenterId(), c.id(), new ReferralDecided(c.id(), decision, reasonCode, role, policyVersion, at));
    }

    void firstConsultationHeld(BfmCase c, int policyVersion, Instant at) {
        var f = c.firstConsultation();
        outbox.append(c.jobcenterId(), c.id(), new CaseAssigned(c.id(), c.caseManagerId(), c.teamId(),
                c.supportRole().name(), f.dueOn(), c.admission().overCaseloadOverride(), at, FIRST_CONSULTATION_HELD,
                null, f.heldOn(), f.clarificationPhaseEndsOn(), null, null, false, policyVersion));
    }

    void reassigned(BfmCase c, String previous, boolean override, int policyVersion, Instant at) {
        outbox.append(c.jobcenterId(), c.id(), new CaseAssigned(c.id(), c.caseManagerId(), c.teamId(),
                c.supportRole().name(), c.firstConsultation().dueOn(), override, at, REASSIGNMENT, previous,
                c.firstConsultation().heldOn(), c.firstConsultation().clarificationPhaseEndsOn(), null, null, false,
                policyVersion));
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
        outbox.append(c.jobcenterId(), c.id(), new CaseAssigned(c.id(), d.deputyId(), c.teamId(), "DEPUTY",
                c.firstConsultation().dueOn(), false, at, kind, stoodInFor, c.firstConsultation().heldOn(),
                c.firstConsultation().clarificationPhaseEndsOn(), d.from(), d.until(), d.customerAgreed(), policyVersion));
    }

    void transferred(BfmCase before, BfmCase after, TransferKind kind, int runningMeasures, boolean override,
                     int policyVersion, Instant at) {
        outbox.append(after.jobcenterId(), after.id(), new CaseTransferred(after.id(), kind.name(), before.teamId(),
                after.teamId(), before.caseManagerId(), after.caseManagerId(), at, after.ageGroup().name(),
                runningMeasures, override, policyVersion));
    }

    void closed(BfmCase c) {
        var cl = c.closure();
        outbox.append(c.jobcenterId(), c.id(), new CaseClosed(c.id(), cl.reasonCode(), cl.closedOn(),
                c.durationDaysOn(cl.closedOn()), cl.closedAt(), cl.integration(), cl.handover() != null,
                cl.afterCareUntil(), cl.successorCaseId(), cl.policyVersion()));
    }
}
