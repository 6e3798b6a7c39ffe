package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseDecision;
import de.lotse.intake.cases.domain.CaseStatus;
import de.lotse.intake.cases.domain.CaseWithCustomer;
import de.lotse.intake.cases.domain.DeadlineLine;
import de.lotse.intake.cases.domain.DecisionContext;
import de.lotse.intake.cases.domain.TransferCandidate;
import de.lotse.intake.cases.infrastructure.CaseFactsStore;
import de.lotse.intake.cases.infrastructure.CaseLists;
import de.lotse.intake.cases.infrastructure.DecisionLog;
import de.lotse.intake.customers.application.CustomerService;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.policy.domain.MaxDurationExtension;
import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads of cases: each shows customer data, so each is audited (one entry per case shown), and
 * each is limited to what the caller's role and team allow.
 */
@Singleton
public class CaseQueries {
    private final CaseAccess access;
    private final CaseLists lists;
    private final CaseFactsStore facts;
    private final DecisionLog decisionLog;
    private final CaseDecisions decisions;
    private final CustomerService customers;
    private final AuditLog audit;

    CaseQueries(
            CaseAccess access,
            CaseLists lists,
            CaseFactsStore facts,
            DecisionLog decisionLog,
            CaseDecisions decisions,
            CustomerService customers,
            AuditLog audit) {
        this.access = access;
        this.lists = lists;
        this.facts = facts;
        this.decisionLog = decisionLog;
        this.decisions = decisions;
        this.customers = customers;
        this.audit = audit;
    }

    /** The work lists an AV, FM or TL uses. */
    public enum Scope {
        /** cases I referred (AV, FM) */
        MY_REFERRALS,
        /** cases of customers I am the responsible AV for (AV) */
        MY_CUSTOMERS,
        /** FM: my team's referrals to decide; TL: my team's escalations; AV: my referrals an FM declined */
        AWAITING_MY_DECISION,
        /** cases I am responsible for or stand in for (FM) */
        MY_CASELOAD,
        /** all cases of my team (FM, TL) */
        TEAM
    }

    /** A case with what the case file shows beside it. */
    public record CaseFile(CaseWithCustomer line, int runningMeasures, boolean aghRunning, LocalDate extensionUntil) {}

    @Transactional
    public CaseFile view(CurrentUser user, UUID caseId) {
        BfmCase c = access.load(user, caseId);
        Customer customer = customers.require(c.jobcenterId(), c.customerId());
        LocalDate today = decisions.today();
        access.requireRead(user, c, customer, today);
        audit.record(user, "READ", "case", caseId.toString(), caseId, purpose(user));
        return new CaseFile(
                new CaseWithCustomer(c, customer),
                facts.runningMeasures(caseId, today),
                facts.aghRunning(caseId, today),
                facts.extensionUntil(caseId).orElse(null));
    }

    /**
     * The customer as a letter addresses them — number and name, nothing else — for a document another service
     * renders with the caller's token (docs/architecture.md, Names and letters). Whoever may read the case may print for it; audited.
     */
    @Transactional
    public Customer recipient(CurrentUser user, UUID caseId) {
        BfmCase c = access.load(user, caseId);
        Customer customer = customers.require(c.jobcenterId(), c.customerId());
        access.requireRead(user, c, customer, decisions.today());
        audit.record(user, "READ", "case-recipient", caseId.toString(), caseId, purpose(user));
        return customer;
    }

    @Transactional
    public List<CaseDecision> decisions(CurrentUser user, UUID caseId) {
        BfmCase c = access.load(user, caseId);
        access.requireRead(user, c, customers.require(c.jobcenterId(), c.customerId()), decisions.today());
        audit.record(user, "READ", "case-decisions", caseId.toString(), caseId, purpose(user));
        return decisionLog.of(caseId);
    }

    @Transactional
    public Page<CaseWithCustomer> list(CurrentUser user, Scope scope, Set<CaseStatus> statuses, PageRequest page) {
        String jobcenterId = user.requireJobcenter();
        LocalDate today = decisions.today();
        String me = user.subject();
        CaseLists.Filter filter = switch (scope) {
            case MY_REFERRALS -> {
                requireAny(user, scope, Roles.AV, Roles.FM);
                yield new CaseLists.Filter(jobcenterId, null, statuses, me, null, null, today);
            }
            case MY_CUSTOMERS -> {
                requireAny(user, scope, Roles.AV);
                yield new CaseLists.Filter(jobcenterId, null, statuses, null, null, me, today);
            }
            case AWAITING_MY_DECISION -> {
                if (user.has(Roles.TL)) {
                    yield new CaseLists.Filter(
                            jobcenterId, team(user), Set.of(CaseStatus.ESCALATED), null, null, null, today);
                }
                if (user.has(Roles.FM)) {
                    yield new CaseLists.Filter(
                            jobcenterId, team(user), Set.of(CaseStatus.REFERRED), null, null, null, today);
                }
                requireAny(user, scope, Roles.AV);
                yield new CaseLists.Filter(jobcenterId, null, Set.of(CaseStatus.DECLINED), me, null, null, today);
            }
            case MY_CASELOAD -> {
                requireAny(user, scope, Roles.FM);
                yield new CaseLists.Filter(
                        jobcenterId,
                        null,
                        statuses == null || statuses.isEmpty() ? CaseStatus.OPEN : statuses,
                        null,
                        me,
                        null,
                        today);
            }
            case TEAM -> {
                requireAny(user, scope, Roles.FM, Roles.TL);
                yield new CaseLists.Filter(jobcenterId, team(user), statuses, null, null, null, today);
            }
        };
        Page<CaseWithCustomer> result = lists.find(filter, page);
        audit.recordCaseList(
                user,
                "case",
                result.items().stream().map(line -> line.bfmCase().id()).toList(),
                "Arbeitsliste " + scope);
        return result;
    }

    /**
     * Deadlines in the next {@code withinDays} days and all overdue ones: a TL's team; an FM's own
     * cases and their team's referrals awaiting the secondary assignment (nobody is responsible for
     * those yet, and the team's FMs are who must take them on). The maximum duration as the policy in
     * force lets a case continue past it.
     */
    @Transactional
    public Page<DeadlineLine> deadlines(CurrentUser user, int withinDays, PageRequest page) {
        String jobcenterId = user.requireJobcenter();
        requireAny(user, "deadlines", Roles.FM, Roles.TL);
        DecisionContext context = decisions.context(jobcenterId);
        LocalDate today = context.today();
        PolicySettings settings = context.settings();
        CaseLists.PastMaxDuration pastMax = new CaseLists.PastMaxDuration(
                settings.maxDurationExtension() != MaxDurationExtension.NONE, settings.aghContinuesBeyondMaxDuration());
        boolean teamLead = user.has(Roles.TL);
        Page<DeadlineLine> result = lists.deadlines(
                jobcenterId,
                teamLead ? team(user) : user.teamId(),
                teamLead ? null : user.subject(),
                today,
                today.plusDays(withinDays),
                pastMax,
                settings.routing() == null ? null : settings.routing().marketNearCategories(),
                page);
        audit.recordCaseList(
                user,
                "case",
                result.items().stream()
                        .map(line -> line.deadline().caseId())
                        .distinct()
                        .toList(),
                "Fristenliste");
        return result;
    }

    /** U25 cases whose customer completes the 25th year within {@code withinDays} days (or already has). */
    @Transactional
    public Page<TransferCandidate> reachingTwentyFive(CurrentUser user, int withinDays, PageRequest page) {
        LocalDate today = decisions.today();
        boolean teamLead = user.has(Roles.TL);
        requireAny(user, "u25-transfers", Roles.FM, Roles.TL);
        Page<TransferCandidate> result = lists.reachingTwentyFive(
                user.requireJobcenter(),
                teamLead ? team(user) : null,
                teamLead ? null : user.subject(),
                today,
                today.plusDays(withinDays),
                page);
        audit.recordCaseList(
                user,
                "case",
                result.items().stream().map(line -> line.line().bfmCase().id()).toList(),
                "Übergang U25/Ü25");
        return result;
    }

    private static String team(CurrentUser user) {
        if (user.teamId() == null) {
            throw new AccessDenied("NO_TEAM", "Das Token enthält kein Team (teamId).");
        }
        return user.teamId();
    }

    private static void requireAny(CurrentUser user, Object list, String... roles) {
        for (String role : roles) {
            if (user.has(role)) {
                return;
            }
        }
        throw new AccessDenied(
                "LIST_NOT_FOR_ROLE", "Die Liste " + list + " ist für " + String.join(", ", roles) + " bestimmt.");
    }

    private static String purpose(CurrentUser user) {
        return user.has(Roles.FM) ? "Fallbearbeitung" : user.has(Roles.TL) ? "Aufsicht" : "Vormerkung";
    }
}
