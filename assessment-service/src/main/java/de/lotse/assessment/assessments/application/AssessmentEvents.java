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
        outbox.append(a.jobcenterId(), a.caseId(), new AssessmentCompleted(a.caseId(), a.id(), a.version(), needs,
                a.openEntrenchedNeeds(), a.prognosisHorizonMonths(), Boolean.TRUE.equals(a.marketNear()),
                categories ? null : a.profileCode(), categories ? a.profileCode() : null, a.validUntil(), a.completedAt(),
                a.assessedOn(), previous == null ? null : previous.version(),
                progress == null ? count(a) : progress.resolved().size(),
                progress == null ? a.needs().size() : progress.added().size(),
                progress == null ? 0 : progress.worsened().size(),
                progress == null ? a.strengths().size() : progress.strengthsGained().size(),
                progress == null ? null : progress.profileDirection(), a.resubmissionOn(),
                a.coRating().isEmpty() ? null : a.coRating().values().stream().mapToInt(Rating::customer).sum(),
                a.coRating().isEmpty() ? null : a.coRating().values().stream().mapToInt(Rating::caseManager).sum(),
                a.coRating().keySet().stream().map(Enum::name).toList(),
                coRating == null ? null : coRating.comparedWith(), coRating == null ? null : coRating.commonDimensions(),
                coRating == null ? null : coRating.change()));

        Map<UUID, Need> before = previous == null ? new HashMap<>()
                : previous.needs().stream().collect(Collectors.toMap(Need::needId, Function.identity()));
        for (Need need : a.needs()) {
            Need earlier = before.get(need.needId());
            if (earlier == null || earlier.status() != need.status()) {
                outbox.append(a.jobcenterId(), a.caseId(), new NeedStatusChanged(a.caseId(), need.needId(),
                        need.keyGroup().name(), need.code().publicCode(), earlier == null ? null : earlier.status().name(),
                        need.status().name(), a.completedAt()));
            }
        }
        if (a.categoryChangeReason() != null) {
            outbox.append(a.jobcenterId(), a.caseId(), new CategoryChanged(a.caseId(), previous.profileCode(),
                    a.profileCode(), progress.profileDirection(), a.categoryChangeReason().name(), a.completedAt()));
        }
    }

    private static int count(Assessment a) {
        return (int) a.needs().stream().filter(need -> !need.open()).count();
    }
}
