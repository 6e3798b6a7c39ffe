package de.lotse.assessment.assessments.application;

import de.lotse.assessment.assessments.domain.Assessment;
import de.lotse.assessment.assessments.domain.CoRatingComparison;
import de.lotse.assessment.assessments.domain.Need;
import de.lotse.assessment.assessments.domain.Progress;
import de.lotse.assessment.assessments.domain.Rating;
import de.lotse.platform.codes.ProfileScheme;
import de.lotse.platform.contracts.AssessmentCompleted;
import de.lotse.platform.contracts.CategoryChanged;
import de.lotse.platform.contracts.NeedStatusChanged;
import de.lotse.platform.outbox.OutboxWriter;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishes a completed version: {@code assessment-completed} with the eligibility facts, the
 * progress counts and the co-rated scale as sums and compared with the first co-rated version, {@code need-status-changed} per need whose status changed (a health-related
 * need's code is not named), {@code category-changed} when the profile moved.
 */
@Singleton
class AssessmentEvents {
    private final OutboxWriter outbox;

    AssessmentEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /**
     * @param firstCoRated the case's first co-rated version (this one, when it is the first), which the
     *                     co-rated scale is compared with
     */
    void completed(Assessment a, Assessment previous, Assessment firstCoRated) {
        Progress progress = previous == null ? null : Progress.between(previous, a);
        CoRatingComparison coRating = CoRatingComparison.of(firstCoRated, a);
        Map<String, Integer> needs = new TreeMap<>();
        a.openNeedsByKeyGroup().forEach((group, count) -> needs.put(group.name(), count));
        boolean categories = a.scheme() == ProfileScheme.UCKERMARK_CATEGORIES;
        boolean coRated = !a.coRating().isEmpty();
        outbox.append(
                a.jobcenterId(),
                a.caseId(),
                AssessmentCompleted.builder()
                        .caseId(a.caseId())
                        .assessmentId(a.id())
                        .version(a.version())
                        .needsByKeyGroup(needs)
                        .entrenchedNeeds(a.openEntrenchedNeeds())
                        .prognosisHorizonMonths(a.prognosisHorizonMonths())
                        .marketNear(Boolean.TRUE.equals(a.marketNear()))
                        // a scheme of categories publishes its code as the category, every other one as the profile
                        .profileCode(categories ? null : a.profileCode())
                        .categoryCode(categories ? a.profileCode() : null)
                        .validUntil(a.validUntil())
                        .completedAt(a.completedAt())
                        .assessedOn(a.assessedOn())
                        .previousVersion(previous == null ? null : previous.version())
                        // the first version compares with nothing: its closed needs count as resolved, all as added
                        .needsResolved(
                                progress == null
                                        ? count(a)
                                        : progress.resolved().size())
                        .needsAdded(
                                progress == null
                                        ? a.needs().size()
                                        : progress.added().size())
                        .needsWorsened(
                                progress == null ? 0 : progress.worsened().size())
                        .strengthsGained(
                                progress == null
                                        ? a.strengths().size()
                                        : progress.strengthsGained().size())
                        .profileDirection(progress == null ? null : progress.profileDirection())
                        .resubmissionOn(a.resubmissionOn())
                        .coRatingCustomerSum(
                                coRated
                                        ? a.coRating().values().stream()
                                                .mapToInt(Rating::customer)
                                                .sum()
                                        : null)
                        .coRatingCaseManagerSum(
                                coRated
                                        ? a.coRating().values().stream()
                                                .mapToInt(Rating::caseManager)
                                                .sum()
                                        : null)
                        .coRatedDimensions(
                                a.coRating().keySet().stream().map(Enum::name).toList())
                        .coRatingComparedWith(coRating == null ? null : coRating.comparedWith())
                        .coRatingCommonDimensions(coRating == null ? null : coRating.commonDimensions())
                        .coRatingChange(coRating == null ? null : coRating.change())
                        .build());

        Map<UUID, Need> before = previous == null
                ? new HashMap<>()
                : previous.needs().stream().collect(Collectors.toMap(Need::needId, Function.identity()));
        for (Need need : a.needs()) {
            Need earlier = before.get(need.needId());
            if (earlier == null || earlier.status() != need.status()) {
                outbox.append(
                        a.jobcenterId(),
                        a.caseId(),
                        NeedStatusChanged.builder()
                                .caseId(a.caseId())
                                .needId(need.needId())
                                .keyGroup(need.keyGroup().name())
                                .needCode(need.code().publicCode())
                                .fromStatus(
                                        earlier == null
                                                ? null
                                                : earlier.status().name())
                                .toStatus(need.status().name())
                                .changedAt(a.completedAt())
                                .build());
            }
        }
        if (a.categoryChangeReason() != null) {
            outbox.append(
                    a.jobcenterId(),
                    a.caseId(),
                    CategoryChanged.builder()
                            .caseId(a.caseId())
                            .fromCode(previous.profileCode())
                            .toCode(a.profileCode())
                            .direction(progress.profileDirection())
                            .reasonCode(a.categoryChangeReason().name())
                            .changedAt(a.completedAt())
                            .build());
        }
    }

    private static int count(Assessment a) {
        return (int) a.needs().stream().filter(need -> !need.open()).count();
    }
}
