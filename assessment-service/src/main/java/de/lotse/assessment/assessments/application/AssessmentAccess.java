package de.lotse.assessment.assessments.application;

import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.policyreference.PolicyReference;
import de.lotse.platform.policyreference.PolicyReferences;
import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.security.CurrentUser;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Who may see what of an assessment (DOMAIN.md §7, §12). Protected data — health-related needs and
 * every free text — is for the responsible FM, the deputy (where the policy asks for it, only with
 * the customer's agreement, TAH 4.9) and the team lead of the case's team. Other staff of the team
 * see a summary without it; everyone else nothing, another Jobcenter not even the case (404).
 */
@Singleton
class AssessmentAccess {
    static final String DEPUTY_NEEDS_AGREEMENT = "deputyNeedsCustomerAgreement";

    private final CaseReferences cases;
    private final PolicyReferences policies;

    AssessmentAccess(CaseReferences cases, PolicyReferences policies) {
        this.cases = cases;
        this.policies = policies;
    }

    CaseReference load(CurrentUser user, UUID caseId) {
        return cases.find(user.requireJobcenter(), caseId).orElseThrow(() -> ProblemException.notFound("Fall", caseId));
    }

    boolean mayReadProtected(CurrentUser user, CaseReference c, LocalDate today) {
        if (c.isCaseManager(user) || c.isTeamLead(user)) {
            return true;
        }
        if (!c.isDeputyOn(user, today)) {
            return false;
        }
        boolean agreementNeeded = policies.find(c.jobcenterId()).map(p -> p.flag(DEPUTY_NEEDS_AGREEMENT)).orElse(false);
        return !agreementNeeded || Boolean.TRUE.equals(c.deputyCustomerAgreed());
    }

    void requireProtected(CurrentUser user, CaseReference c, LocalDate today) {
        if (!mayReadProtected(user, c, today)) {
            throw ProblemException.forbidden("PROTECTED_ASSESSMENT", "Das Assessment enthält geschützte Daten "
                    + "(gesundheitsbezogene Handlungsbedarfe, Freitexte): nur die zuständige Fachkraft, ihre Vertretung "
                    + "und die Teamleitung sehen es.");
        }
    }

    void requireTeam(CurrentUser user, CaseReference c, LocalDate today) {
        if (!c.isTeamMember(user) && !mayReadProtected(user, c, today)) {
            throw ProblemException.forbidden("NOT_YOUR_TEAM", "Der Fall gehört nicht zu Ihrem Team.");
        }
    }

    java.util.Optional<PolicyReference> policy(String jobcenterId) {
        return policies.find(jobcenterId);
    }
}
