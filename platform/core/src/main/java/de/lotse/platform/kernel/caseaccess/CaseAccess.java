package de.lotse.platform.kernel.caseaccess;

import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.policyreference.PolicyReferences;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Who may see what of a case in a downstream service (docs/domain.md §7, §12). Protected content —
 * health-related needs, FM-individual notes, every free text of the FM — is for the responsible FM,
 * the deputy standing in on the day (where the policy asks for it, only with the customer's recorded
 * agreement, TAH 4.9) and the team lead of the case's team. Other staff of the team see what is not
 * protected; everyone else nothing, and another Jobcenter not even that the case exists (404).
 */
@Singleton
@Requires(beans = {CaseReferences.class, PolicyReferences.class})
public class CaseAccess {
    /** The policy setting (flattened key of {@code policy-changed}) for TAH 4.9. */
    public static final String DEPUTY_NEEDS_AGREEMENT = "deputyNeedsCustomerAgreement";

    private final CaseReferences cases;
    private final PolicyReferences policies;

    CaseAccess(CaseReferences cases, PolicyReferences policies) {
        this.cases = cases;
        this.policies = policies;
    }

    /** The case in the user's Jobcenter, or 404. */
    public CaseReference load(CurrentUser user, UUID caseId) {
        return cases.find(user.requireJobcenter(), caseId).orElseThrow(() -> NotFound.of("Fall"));
    }

    public boolean mayReadProtected(CurrentUser user, CaseReference c, LocalDate today) {
        return mayReadProtected(user, c, today, deputyNeedsAgreement(c.jobcenterId()));
    }

    /**
     * The rule itself (docs/domain.md §7, §12; TAH 4.9): the responsible FM and the team lead of the case's team
     * read protected content; the deputy only on the days of the stand-in, and where the Jobcenter's policy asks
     * for it only with the customer's recorded agreement; nobody else.
     */
    static boolean mayReadProtected(CurrentUser user, CaseReference c, LocalDate day, boolean deputyNeedsAgreement) {
        if (c.isCaseManager(user) || c.isTeamLead(user)) {
            return true;
        }
        if (!c.isDeputyOn(user, day)) {
            return false;
        }
        return !deputyNeedsAgreement || Boolean.TRUE.equals(c.deputyCustomerAgreed());
    }

    /** Refuses (403) anyone but the responsible FM, the deputy (with agreement where required) and the TL. */
    public void requireProtected(CurrentUser user, CaseReference c, LocalDate today, String rule, String message) {
        if (!mayReadProtected(user, c, today)) {
            throw new AccessDenied(rule, message);
        }
    }

    /** The responsible FM, the deputy standing in on the day, the team lead of the case's team. */
    public boolean isCaseWorker(CurrentUser user, CaseReference c, LocalDate today) {
        return c.isCaseManager(user) || c.isDeputyOn(user, today) || c.isTeamLead(user);
    }

    /** Refuses (403) anyone but the case workers. */
    public void requireCaseWorker(CurrentUser user, CaseReference c, LocalDate today) {
        if (!isCaseWorker(user, c, today)) {
            throw new AccessDenied(
                    "NOT_YOUR_CASE",
                    "Nur die zuständige Fachkraft, ihre Vertretung und die " + "Teamleitung bearbeiten den Fall.");
        }
    }

    /** Refuses (403) anyone outside the case's team who may not read protected content either. */
    public void requireTeam(CurrentUser user, CaseReference c, LocalDate today) {
        if (!c.isTeamMember(user) && !c.isDeputyOn(user, today) && !mayReadProtected(user, c, today)) {
            throw new AccessDenied("NOT_YOUR_TEAM", "Der Fall gehört nicht zu Ihrem Team.");
        }
    }

    /**
     * The case, for a change by a case worker: 404 in another Jobcenter, 403 for others, 409 once
     * closed or before its admission arrived here.
     */
    public CaseReference forChange(CurrentUser user, UUID caseId, LocalDate today) {
        CaseReference c = load(user, caseId);
        requireCaseWorker(user, c, today);
        requireOpen(c);
        if (c.admittedOn() == null) {
            throw new StateConflict("CASE_NOT_OPENED", "Die Aufnahme des Falls ist hier noch nicht angekommen.");
        }
        return c;
    }

    /**
     * The case, for what after-care may still record (contacts and notes, docs/domain.md §16.1): like
     * {@link #forChange}, but a closed case is open to its case workers until the end of the after-care period
     * agreed at closure.
     */
    public CaseReference forAfterCare(CurrentUser user, UUID caseId, LocalDate today) {
        CaseReference c = load(user, caseId);
        requireCaseWorker(user, c, today);
        if (c.closed() && !c.inAfterCareOn(today)) {
            throw new StateConflict(
                    "CASE_CLOSED",
                    "Der Fall ist seit " + c.closedOn() + " beendet"
                            + (c.afterCareUntil() == null
                                    ? "; eine Nachbetreuung wurde nicht vereinbart."
                                    : "; die Nachbetreuung endete am " + c.afterCareUntil() + "."));
        }
        if (c.admittedOn() == null) {
            throw new StateConflict("CASE_NOT_OPENED", "Die Aufnahme des Falls ist hier noch nicht angekommen.");
        }
        return c;
    }

    /**
     * The case, for the Jobcenter's own record after a closure (the sustainability check, docs/domain.md §16.2):
     * its case workers, once the case is closed (409 {@code CASE_NOT_CLOSED} before). Needs no after-care period:
     * the check is made from what the Jobcenter knows, not with the former customer.
     */
    public CaseReference forClosedCaseRecord(CurrentUser user, UUID caseId, LocalDate today) {
        CaseReference c = load(user, caseId);
        requireCaseWorker(user, c, today);
        if (!c.closed()) {
            throw new StateConflict("CASE_NOT_CLOSED", "Der Fall ist noch nicht beendet.");
        }
        return c;
    }

    /** Refuses (409) a change to a closed case. */
    public void requireOpen(CaseReference c) {
        if (c.closed()) {
            throw new StateConflict("CASE_CLOSED", "Der Fall ist seit " + c.closedOn() + " beendet.");
        }
    }

    public boolean deputyNeedsAgreement(String jobcenterId) {
        // fail closed: until the Jobcenter's policy has arrived, a deputy needs the customer's agreement
        return policies.find(jobcenterId)
                .map(p -> p.flag(DEPUTY_NEEDS_AGREEMENT))
                .orElse(true);
    }
}
