package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseDecision;
import de.lotse.intake.cases.domain.DecisionContext;
import de.lotse.intake.cases.infrastructure.CaseStore;
import de.lotse.intake.cases.infrastructure.DecisionLog;
import de.lotse.intake.customers.domain.AgeGroup;
import de.lotse.intake.jobcenter.application.JobcenterService;
import de.lotse.intake.policy.application.PolicyService;
import de.lotse.intake.policy.domain.JobcenterPolicy;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What every decision on a case shares: the policy in force (its version goes into the decision
 * log and the event), the moment, the Jobcenter's working days (docs/domain.md §13), the decision
 * log itself, and the caseload-ratio rule.
 */
@Singleton
class CaseDecisions {
    private final PolicyService policies;
    private final JobcenterService jobcenters;
    private final DecisionLog log;
    private final CaseStore store;
    private final Clock clock;

    CaseDecisions(PolicyService policies, JobcenterService jobcenters, DecisionLog log, CaseStore store, Clock clock) {
        this.policies = policies;
        this.jobcenters = jobcenters;
        this.log = log;
        this.store = store;
        this.clock = clock;
    }

    DecisionContext context(String jobcenterId) {
        return context(policies.inForce(jobcenterId));
    }

    /**
     * The decision context of a Jobcenter another one names (a relocation's target): only a known one — with
     * a policy version — and without storing a version for it; a name Lotse does not know is refused.
     */
    DecisionContext contextOfKnown(String jobcenterId, String field) {
        return context(policies.ofKnownJobcenter(jobcenterId)
                .orElseThrow(() -> new RuleViolation(
                        field,
                        "UNKNOWN_JOBCENTER",
                        "Dieses Jobcenter ist in Lotse nicht bekannt (es hat keine Richtlinie).")));
    }

    private DecisionContext context(JobcenterPolicy policy) {
        Instant now = clock.instant();
        return new DecisionContext(
                policy.settings(),
                policy.version(),
                LocalDate.ofInstant(now, PolicyService.BERLIN),
                now,
                jobcenters.workingDays(policy.jobcenterId()));
    }

    /**
     * The context of a decision recorded on a past day (an imported history, docs/import.md): that day is
     * "today" and the policy is the version in force then; refused where the Jobcenter had none yet.
     */
    DecisionContext contextOn(String jobcenterId, LocalDate day, Instant at, String field) {
        JobcenterPolicy policy = policies.inForceOn(jobcenterId, day)
                .orElseThrow(() -> new RuleViolation(
                        field,
                        "NO_POLICY_ON_DAY",
                        "Für diesen Tag hat das Jobcenter keine Richtlinie. Bitte zuerst die Richtlinie mit dem Tag"
                                + " anlegen, ab dem sie galt."));
        return new DecisionContext(
                policy.settings(), policy.version(), day, at, jobcenters.workingDays(policy.jobcenterId()));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PolicyService.BERLIN);
    }

    void log(
            BfmCase c,
            CurrentUser user,
            String kind,
            String outcome,
            String reasonCode,
            String note,
            DecisionContext context) {
        log(c, user.subject(), CaseAccess.actingRole(user), kind, outcome, reasonCode, note, context);
    }

    /** A decision by a person named rather than signed in: one another system recorded (an import). */
    void log(
            BfmCase c,
            String subject,
            String role,
            String kind,
            String outcome,
            String reasonCode,
            String note,
            DecisionContext context) {
        log.record(new CaseDecision(
                c.id(),
                c.jobcenterId(),
                kind,
                subject,
                role,
                context.now(),
                context.policyVersion(),
                outcome,
                reasonCode,
                note,
                c.teamId(),
                c.caseManagerId()));
    }

    /**
     * Whether taking this case puts the FM beyond the policy caseload ratio (customers per full-time
     * FM, by the case's age group). That needs a team lead's permission: one granted earlier for
     * this case and FM, or given right now by the acting team lead with a reason. Returns whether
     * an override was used; refuses naming the FM's caseload otherwise.
     */
    boolean requireCaseloadRoom(
            CurrentUser actor,
            BfmCase c,
            String caseManagerId,
            boolean overrideNow,
            String reason,
            DecisionContext context) {
        return requireCaseloadRoom(actor, c, c.ageGroup(), caseManagerId, overrideNow, reason, context);
    }

    /** The same for the case as it will be after a transfer: the new age group's limit applies. */
    boolean requireCaseloadRoom(
            CurrentUser actor,
            BfmCase c,
            AgeGroup ageGroup,
            String caseManagerId,
            boolean overrideNow,
            String reason,
            DecisionContext context) {
        Integer limit = context.settings().caseloadLimit(ageGroup).orElse(null);
        if (limit == null) {
            return false;
        }
        long caseload = store.caseloadOf(c.jobcenterId(), caseManagerId);
        if (caseload + 1 <= limit) {
            return false;
        }
        if (log.overCaseloadAllowed(c.id(), caseManagerId)) {
            return true;
        }
        if (overrideNow
                && actor.has(Roles.TL)
                && c.teamId().equals(actor.teamId())
                && reason != null
                && !reason.isBlank()) {
            grantOverride(actor, c, caseManagerId, reason, context);
            return true;
        }
        throw new RuleViolation(
                "caseManagerId",
                "CASELOAD_RATIO_EXCEEDED",
                caseManagerId + " betreut bereits "
                        + caseload + " Kund:innen; der Betreuungsschlüssel der Richtlinie sieht höchstens " + limit
                        + " vor. Eine Zuordnung darüber hinaus braucht die begründete Freigabe der Teamleitung.");
    }

    void grantOverride(CurrentUser teamLead, BfmCase c, String caseManagerId, String reason, DecisionContext context) {
        log.allowOverCaseload(c.id(), caseManagerId, teamLead.subject(), context.now(), reason);
        log(c, teamLead, "CASELOAD_OVERRIDE", caseManagerId, null, reason, context);
    }
}
