package de.lotse.planning.worklists.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.casefacts.application.PlanningPolicies;
import de.lotse.planning.casefacts.domain.LatestAssessment;
import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.planning.casefacts.infrastructure.CaseFactsStore;
import de.lotse.planning.contacts.application.ContactService;
import de.lotse.planning.contacts.infrastructure.ContactStore;
import de.lotse.planning.measures.application.MeasureService;
import de.lotse.planning.measures.domain.Measure;
import de.lotse.planning.measures.infrastructure.MeasureStore;
import de.lotse.planning.plans.domain.Agreement;
import de.lotse.planning.plans.infrastructure.PlanStore;
import de.lotse.planning.reviews.domain.ContinuationReview;
import de.lotse.planning.reviews.infrastructure.ReviewStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.InvalidInput;
import de.lotse.platform.kernel.contacts.ContactDensity;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lists an FM works from (an FM: own cases and those standing in for; a TL: the team's): contacts
 * due, reviews due with the maximum-duration warning, agreements expiring, measures ending with the
 * case-conference reminder. Each looks {@code withinDays} ahead and includes everything overdue; for
 * a measure the date that counts is its case-conference reminder.
 * Showing a case in a list is audited like reading it.
 */
@Singleton
public class WorkLists {
    /** The maximum duration is announced this long before it ends. */
    static final int MAX_DURATION_WARNING_MONTHS = 3;
    /** A case conference is recommended in the weeks before a measure ends (UCKERMARK 6.8). */
    static final int CASE_CONFERENCE_WEEKS_BEFORE_END = 4;

    static final int MAX_WITHIN_DAYS = 180;

    private final CaseReferences cases;
    private final CaseWork work;
    private final PlanningPolicies policies;
    private final CaseFactsStore facts;
    private final ContactStore contacts;
    private final ReviewStore reviews;
    private final PlanStore plans;
    private final MeasureStore measures;
    private final MeasureService measureService;
    private final AuditLog audit;

    WorkLists(
            CaseReferences cases,
            CaseWork work,
            PlanningPolicies policies,
            CaseFactsStore facts,
            ContactStore contacts,
            ReviewStore reviews,
            PlanStore plans,
            MeasureStore measures,
            MeasureService measureService,
            AuditLog audit) {
        this.cases = cases;
        this.work = work;
        this.policies = policies;
        this.facts = facts;
        this.contacts = contacts;
        this.reviews = reviews;
        this.plans = plans;
        this.measures = measures;
        this.measureService = measureService;
        this.audit = audit;
    }

    public record ContactDue(
            UUID caseId,
            String caseManagerId,
            String status,
            LocalDate nextContactDueOn,
            boolean overdue,
            int countedLastYear,
            int requiredSoFar) {}

    /** kind REVIEW, CLOSURE_RECOMMENDED or MAX_DURATION_ENDS. */
    public record ReviewDue(
            UUID caseId,
            String caseManagerId,
            String kind,
            LocalDate dueOn,
            boolean overdue,
            boolean extensionApproved) {}

    /**
     * The agreement is to be reviewed (the law: at the latest after six months) or runs out (where the policy
     * limits it), whichever comes first (docs/domain.md §15.2).
     *
     * @param reason  REVIEW or EXPIRY
     * @param dueOn   the earlier of the review date and the end of validity
     * @param expired the day has passed
     */
    public record AgreementExpiring(
            UUID caseId,
            String caseManagerId,
            UUID agreementId,
            String type,
            String reason,
            LocalDate dueOn,
            LocalDate validUntil,
            LocalDate reviewOn,
            boolean expired) {}

    public record MeasureEnding(
            UUID caseId,
            String caseManagerId,
            UUID measureId,
            String instrument,
            String title,
            LocalDate plannedEndOn,
            LocalDate caseConferenceBy,
            boolean caseConferenceHeld,
            boolean overdue) {}

    @Transactional
    public Page<ContactDue> contactsDue(CurrentUser user, int withinDays, PageRequest page) {
        Scope scope = scope(user, withinDays);
        PlanningPolicy policy = policies.of(scope.jobcenterId());
        Map<UUID, LatestAssessment> assessments = facts.latestAssessments(scope.caseIds());
        Map<UUID, List<LocalDate>> counted = contacts.countedDays(scope.caseIds());
        List<ContactDue> due = new ArrayList<>();
        for (CaseReference c : scope.cases()) {
            ContactDensity d = ContactService.density(
                    c, policy, assessments.get(c.caseId()), counted.getOrDefault(c.caseId(), List.of()), scope.today());
            if (d.nextContactDueOn() != null && !d.nextContactDueOn().isAfter(scope.until())
                    || ContactDensity.NOT_COMPLIANT.equals(d.status())) {
                due.add(new ContactDue(
                        c.caseId(),
                        c.caseManagerId(),
                        d.status(),
                        d.nextContactDueOn(),
                        d.overdue(),
                        d.countedLastYear(),
                        d.requiredSoFar()));
            }
        }
        due.sort(Comparator.comparing(ContactDue::nextContactDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(d -> d.caseId().toString()));
        return page(user, "worklist-contacts", due, ContactDue::caseId, page);
    }

    @Transactional
    public Page<ReviewDue> reviewsDue(CurrentUser user, int withinDays, PageRequest page) {
        Scope scope = scope(user, withinDays);
        PlanningPolicy policy = policies.of(scope.jobcenterId());
        Map<UUID, ContinuationReview> latest = reviews.latest(scope.caseIds()).stream()
                .collect(Collectors.toMap(ContinuationReview::caseId, Function.identity()));
        // an approved extension lasts until its end, whatever review followed it (the next CONTINUE
        // rests on it but approves nothing itself)
        Map<UUID, LocalDate> extensions = reviews.approvedExtensionsUntil(scope.caseIds());
        // where the policy lets a running AGH carry the case past the maximum (TAH), there is nothing to warn of
        Set<UUID> onAgh = policy.aghContinuesBeyondMaxDuration()
                ? measureService.aghRunning(scope.caseIds(), scope.today())
                : Set.of();
        List<ReviewDue> due = new ArrayList<>();
        for (CaseReference c : scope.cases()) {
            ContinuationReview last = latest.get(c.caseId());
            LocalDate extendedUntil = extensions.get(c.caseId());
            boolean extended = extendedUntil != null && !extendedUntil.isBefore(scope.today());
            if (last != null && last.decision() == ContinuationReview.Decision.CLOSE) {
                due.add(new ReviewDue(
                        c.caseId(), c.caseManagerId(), "CLOSURE_RECOMMENDED", last.reviewedOn(), true, false));
            } else {
                LocalDate next = last != null && last.nextReviewDueOn() != null
                        ? last.nextReviewDueOn()
                        : c.admittedOn().plusMonths(policy.continuationReviewMonths());
                if (!next.isAfter(scope.until())) {
                    due.add(new ReviewDue(
                            c.caseId(), c.caseManagerId(), "REVIEW", next, next.isBefore(scope.today()), extended));
                }
            }
            LocalDate max = c.maxDurationEndsOn();
            if (max != null
                    && !extended
                    && !onAgh.contains(c.caseId())
                    && !max.isAfter(scope.today().plusMonths(MAX_DURATION_WARNING_MONTHS))) {
                due.add(new ReviewDue(
                        c.caseId(), c.caseManagerId(), "MAX_DURATION_ENDS", max, max.isBefore(scope.today()), false));
            }
        }
        due.sort(Comparator.comparing(ReviewDue::dueOn)
                .thenComparing(d -> d.caseId().toString()));
        return page(user, "worklist-reviews", due, ReviewDue::caseId, page);
    }

    @Transactional
    public Page<AgreementExpiring> agreementsExpiring(CurrentUser user, int withinDays, PageRequest page) {
        Scope scope = scope(user, withinDays);
        Map<UUID, String> managers = managers(scope);
        List<AgreementExpiring> due = new ArrayList<>();
        for (Agreement a : plans.latestAgreements(scope.caseIds())) {
            boolean expiryFirst = a.validUntil() != null
                    && (a.reviewOn() == null || a.validUntil().isBefore(a.reviewOn()));
            LocalDate dueOn = expiryFirst ? a.validUntil() : a.reviewOn();
            if (dueOn != null && !dueOn.isAfter(scope.until())) {
                due.add(new AgreementExpiring(
                        a.caseId(),
                        managers.get(a.caseId()),
                        a.id(),
                        a.type(),
                        expiryFirst ? "EXPIRY" : "REVIEW",
                        dueOn,
                        a.validUntil(),
                        a.reviewOn(),
                        dueOn.isBefore(scope.today())));
            }
        }
        due.sort(Comparator.comparing(AgreementExpiring::dueOn)
                .thenComparing(d -> d.caseId().toString()));
        return page(user, "worklist-agreements", due, AgreementExpiring::caseId, page);
    }

    @Transactional
    public Page<MeasureEnding> measuresEnding(CurrentUser user, int withinDays, PageRequest page) {
        Scope scope = scope(user, withinDays);
        Map<UUID, String> managers = managers(scope);
        Map<UUID, LocalDate> conferences = contacts.latestOfFormat(scope.caseIds(), ContactFormat.CASE_CONFERENCE);
        List<MeasureEnding> due = new ArrayList<>();
        // the reminder, not the end, has to fall into the window: otherwise the list would show a measure
        // only once the weeks for its case conference had passed
        LocalDate plannedEndBy = scope.until().plusWeeks(CASE_CONFERENCE_WEEKS_BEFORE_END);
        for (Measure m : measures.ending(scope.caseIds(), plannedEndBy)) {
            LocalDate conferenceBy = m.plannedEndOn().minusWeeks(CASE_CONFERENCE_WEEKS_BEFORE_END);
            // a conference counts when it took place during the measure, in the weeks around the reminder
            LocalDate windowStart = conferenceBy.minusWeeks(CASE_CONFERENCE_WEEKS_BEFORE_END);
            if (windowStart.isBefore(m.startedOn())) {
                windowStart = m.startedOn();
            }
            LocalDate lastConference = conferences.get(m.caseId());
            boolean held = lastConference != null && !lastConference.isBefore(windowStart);
            due.add(new MeasureEnding(
                    m.caseId(),
                    managers.get(m.caseId()),
                    m.id(),
                    m.instrument().name(),
                    m.title(),
                    m.plannedEndOn(),
                    conferenceBy,
                    held,
                    m.plannedEndOn().isBefore(scope.today())));
        }
        return page(user, "worklist-measures", due, MeasureEnding::caseId, page);
    }

    private record Scope(
            String jobcenterId, List<CaseReference> cases, List<UUID> caseIds, LocalDate today, LocalDate until) {}

    private Scope scope(CurrentUser user, int withinDays) {
        if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
            throw new InvalidInput(
                    "withinDays", "Range", "Der Vorlauf liegt zwischen 0 und " + MAX_WITHIN_DAYS + " Tagen.");
        }
        boolean teamLead = user.has(Roles.TL);
        if (!teamLead && !user.has(Roles.FM)) {
            throw new AccessDenied("LIST_NOT_FOR_ROLE", "Die Arbeitslisten sind für FM und TL bestimmt.");
        }
        String jobcenterId = user.requireJobcenter();
        LocalDate today = work.today();
        List<CaseReference> open =
                cases.openCases(jobcenterId, user.teamId(), teamLead ? null : user.subject(), today).stream()
                        .filter(c -> c.admittedOn() != null)
                        .toList();
        return new Scope(
                jobcenterId,
                open,
                open.stream().map(CaseReference::caseId).toList(),
                today,
                today.plusDays(withinDays));
    }

    private static Map<UUID, String> managers(Scope scope) {
        Map<UUID, String> managers = new java.util.HashMap<>();
        scope.cases().forEach(c -> managers.put(c.caseId(), c.caseManagerId()));
        return managers;
    }

    private <T> Page<T> page(CurrentUser user, String list, List<T> all, Function<T, UUID> caseId, PageRequest page) {
        int from = (int) Math.min(page.offset(), all.size());
        List<T> items = all.subList(from, Math.min(from + page.size(), all.size()));
        audit.recordCaseList(user, list, items.stream().map(caseId).distinct().toList(), CaseWork.purpose(user));
        return Page.of(items, page, all.size());
    }
}
