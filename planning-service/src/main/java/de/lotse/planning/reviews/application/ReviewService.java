package de.lotse.planning.reviews.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.casefacts.application.PlanningPolicies;
import de.lotse.planning.measures.application.MeasureService;
import de.lotse.planning.reviews.domain.ContinuationReview;
import de.lotse.planning.reviews.infrastructure.ReviewStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.outbox.OutboxWriter;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Continuation reviews and extensions past the maximum duration (docs/domain.md §8). A review is published
 * as {@code continuation-reviewed}; a requested extension again once the team lead decided it.
 */
@Singleton
public class ReviewService {
    private final ReviewStore reviews;
    private final MeasureService measures;
    private final CaseWork work;
    private final CaseReferences cases;
    private final PlanningPolicies policies;
    private final OutboxWriter outbox;
    private final AuditLog audit;

    ReviewService(
            ReviewStore reviews,
            MeasureService measures,
            CaseWork work,
            CaseReferences cases,
            PlanningPolicies policies,
            OutboxWriter outbox,
            AuditLog audit) {
        this.reviews = reviews;
        this.measures = measures;
        this.work = work;
        this.cases = cases;
        this.policies = policies;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** What the FM documents. */
    public record Input(
            LocalDate reviewedOn,
            ContinuationReview.Decision decision,
            String reasons,
            ContinuationReview.Prognosis prognosis,
            LocalDate extendedUntil) {}

    @Transactional
    public ContinuationReview record(CurrentUser user, UUID caseId, Input input) {
        CaseReference c = work.forChange(user, caseId);
        LocalDate reviewedOn = input.reviewedOn() != null ? input.reviewedOn() : work.today();
        ContinuationReview review = ContinuationReview.record(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                reviewedOn,
                input.decision(),
                input.reasons(),
                input.prognosis(),
                input.extendedUntil(),
                c.admittedOn(),
                c.maxDurationEndsOn(),
                measures.aghRunning(caseId, reviewedOn),
                reviews.approvedExtensionUntil(caseId).orElse(null),
                policies.of(c.jobcenterId()),
                user.subject(),
                work.today(),
                work.clock().instant());
        reviews.insert(review);
        publish(c, review);
        return review;
    }

    /** The team lead approves or rejects a requested extension (PANKOW 4.5). */
    @Transactional
    public ContinuationReview decide(CurrentUser user, UUID caseId, UUID reviewId, boolean approve, String note) {
        CaseReference c = work.forChange(user, caseId);
        if (!c.isTeamLead(user)) {
            throw new AccessDenied(
                    "TEAM_LEAD_DECIDES", "Über die Verlängerung entscheidet die Teamleitung " + "des Teams.");
        }
        ContinuationReview decided = reviews.find(caseId, reviewId)
                .orElseThrow(() -> NotFound.of("Fortführungsprüfung"))
                .decide(user.subject(), approve, note);
        reviews.updateDecision(decided);
        reviews.decidedOn(decided.id(), work.today());
        publish(c, decided);
        return decided;
    }

    @Transactional
    public List<ContinuationReview> list(CurrentUser user, UUID caseId) {
        work.forReading(user, caseId);
        List<ContinuationReview> all = reviews.of(caseId);
        audit.recordListOfCase(
                user,
                "continuation-review",
                caseId,
                all.stream().map(ContinuationReview::id).toList(),
                CaseWork.purpose(user));
        return all;
    }

    /** Extensions of the team lead's team awaiting a decision. */
    @Transactional
    public List<ContinuationReview> requestedExtensions(CurrentUser user) {
        if (!user.has(Roles.TL)) {
            throw new AccessDenied("LIST_NOT_FOR_ROLE", "Die Liste der Verlängerungsanträge ist für die Teamleitung.");
        }
        List<UUID> team = cases.openCases(user.requireJobcenter(), user.teamId(), null, work.today()).stream()
                .map(CaseReference::caseId)
                .toList();
        return reviews.requested(team);
    }

    private void publish(CaseReference c, ContinuationReview r) {
        outbox.append(
                c.jobcenterId(),
                c.caseId(),
                ContinuationReviewed.builder()
                        .caseId(c.caseId())
                        .reviewId(r.id())
                        .reviewedOn(r.reviewedOn())
                        .decision(r.decision().name())
                        .extensionApproved(r.extensionApproved())
                        .nextReviewDueOn(r.nextReviewDueOn())
                        .recordedAt(work.clock().instant())
                        .extendedUntil(r.extendedUntil())
                        .build());
    }
}
