package de.lotse.planning.reviews.application;

import de.lotse.planning.casefacts.application.PlanningPolicies;
import de.lotse.planning.measures.application.MeasureService;
import de.lotse.planning.reviews.domain.ContinuationReview;
import de.lotse.planning.reviews.infrastructure.ReviewStore;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.importing.ImportChecks;
import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.outbox.OutboxWriter;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A case's continuation reviews as another system recorded them (docs/import.md), each replayed as on its day
 * ({@link ContinuationReview#record}: the policy of that day, the case's maximum duration, an AGH running then, an
 * extension approved before), an extension with the team lead's decision where that policy asks for one. Each is
 * published as {@code continuation-reviewed} with its historical days — a decided extension again, as on the day of
 * the decision — so that an approved extension keeps the case from the maximum-duration finding in reporting as a
 * live one does. A review is known by an id derived from its source id: imported again it changes nothing, a team
 * lead's decision made since is added, anything else changed is refused.
 */
@Singleton
public class ReviewHistory {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime RECORDED_AT = LocalTime.of(12, 0);
    private static final LocalTime DECIDED_AT = LocalTime.of(14, 0);

    private final ReviewStore reviews;
    private final MeasureService measures;
    private final PlanningPolicies policies;
    private final OutboxWriter outbox;

    ReviewHistory(ReviewStore reviews, MeasureService measures, PlanningPolicies policies, OutboxWriter outbox) {
        this.reviews = reviews;
        this.measures = measures;
        this.policies = policies;
        this.outbox = outbox;
    }

    /**
     * A review of the source system.
     *
     * @param field   where it stands in the import record ({@code reviews[0]})
     * @param decided the team lead's decision on a requested extension, if any
     */
    public record Imported(
            String field,
            String sourceId,
            LocalDate reviewedOn,
            String reviewedBy,
            ContinuationReview.Decision decision,
            String reasons,
            ContinuationReview.Prognosis prognosis,
            LocalDate extendedUntil,
            Decided decided) {}

    /** The team lead's decision on an extension. */
    public record Decided(boolean approved, LocalDate decidedOn, String decidedBy, String note) {}

    public static UUID idOf(UUID caseId, String sourceId) {
        return ImportedIds.itemId(caseId, "review", sourceId);
    }

    /** Takes the reviews over in the order of their days; returns what was added ({@code reviews[0] 2025-03-01}). */
    public List<String> replay(CaseReference c, List<Imported> imported, LocalDate today) {
        List<Imported> ordered = new ArrayList<>(imported);
        ordered.sort(Comparator.comparing(Imported::reviewedOn));
        return ImportChecks.eachItem(ordered, Imported::field, review -> take(c, review, today));
    }

    private List<String> take(CaseReference c, Imported imported, LocalDate today) {
        UUID id = idOf(c.caseId(), imported.sourceId());
        Optional<ContinuationReview> known = reviews.find(c.caseId(), id);
        List<String> added = new ArrayList<>();
        ContinuationReview review;
        if (known.isPresent()) {
            review = known.get();
            boolean decidedDifferently = review.decidedBy() != null
                    && (imported.decided() == null
                            || imported.decided().approved() != review.extensionApproved()
                            || !imported.decided().decidedBy().equals(review.decidedBy()));
            if (!review.reviewedOn().equals(imported.reviewedOn())
                    || review.decision() != imported.decision()
                    || !Objects.equals(review.reasons(), imported.reasons())
                    || review.prognosis() != imported.prognosis()
                    || !Objects.equals(review.extendedUntil(), imported.extendedUntil())
                    || decidedDifferently) {
                throw new RuleViolation(
                        "",
                        "IMPORTED_HISTORY_CHANGED",
                        "Diese Fortführungsprüfung ist bereits übernommen und lässt sich durch eine erneute Übernahme"
                                + " nicht ändern; eine Korrektur erfolgt im Fall selbst.");
            }
        } else {
            if (c.admittedOn() == null) {
                throw new RuleViolation(
                        "reviewedOn", "NOT_ADMITTED", "Fortführungsprüfungen gibt es nur in einem aufgenommenen Fall.");
            }
            review = ContinuationReview.record(
                    id,
                    c.caseId(),
                    c.jobcenterId(),
                    imported.reviewedOn(),
                    imported.decision(),
                    imported.reasons(),
                    imported.prognosis(),
                    imported.extendedUntil(),
                    c.admittedOn(),
                    c.maxDurationEndsOn(),
                    measures.aghRunning(c.caseId(), imported.reviewedOn()),
                    reviews.approvedExtensionUntil(c.caseId()).orElse(null),
                    policies.on(c.jobcenterId(), imported.reviewedOn()),
                    imported.reviewedBy() != null ? imported.reviewedBy() : c.caseManagerId(),
                    today,
                    imported.reviewedOn().atTime(RECORDED_AT).atZone(BERLIN).toInstant());
            if (imported.decided() != null && review.extension() != ContinuationReview.Extension.REQUESTED) {
                throw new RuleViolation(
                        "teamLeadDecision",
                        "NO_DECISION_NEEDED",
                        "Nach der Richtlinie dieses Tages entscheidet die Teamleitung über diese Prüfung nicht.");
            }
            reviews.insert(review);
            publish(c, review, review.recordedAt());
            added.add(imported.field() + " " + imported.reviewedOn());
        }
        Decided decided = imported.decided();
        if (decided != null && review.extension() == ContinuationReview.Extension.REQUESTED) {
            if (decided.decidedOn().isBefore(imported.reviewedOn())
                    || decided.decidedOn().isAfter(today)) {
                throw new RuleViolation(
                        "teamLeadDecision.decidedOn",
                        "OUTSIDE_REVIEW_AND_TODAY",
                        "Die Teamleitung entscheidet nach der Prüfung und nicht in der Zukunft.");
            }
            ContinuationReview done;
            try {
                done = review.decide(decided.decidedBy(), decided.approved(), decided.note());
            } catch (RuleViolation violation) {
                throw new RuleViolation(violation.broken().stream()
                        .map(b -> new RuleViolation.Broken("teamLeadDecision." + b.field(), b.rule(), b.message()))
                        .toList());
            }
            reviews.updateDecision(done);
            reviews.decidedOn(done.id(), decided.decidedOn());
            publish(
                    c,
                    done,
                    decided.decidedOn().atTime(DECIDED_AT).atZone(BERLIN).toInstant());
            added.add(imported.field() + ".teamLeadDecision " + decided.decidedOn());
        }
        return added;
    }

    private void publish(CaseReference c, ContinuationReview r, Instant at) {
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
                        .recordedAt(at)
                        .extendedUntil(r.extendedUntil())
                        .build());
    }
}
