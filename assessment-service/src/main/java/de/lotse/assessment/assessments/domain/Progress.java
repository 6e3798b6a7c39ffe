package de.lotse.assessment.assessments.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of an assessment: needs resolved, added, worsened; the profile
 * moved up or down; strengths gained; the co-rated scale (docs/domain.md §10: success is more than job
 * placement).
 *
 * @param resolved       needs resolved since (or added and resolved)
 * @param added          needs new since
 * @param worsened       needs that got worse: reopened, worked without success, newly entrenched, higher priority
 * @param profileDirection UP (towards the labour market), DOWN or LATERAL
 * @param strengthsGained strengths recorded now that were not before
 * @param ratingChange   per dimension rated in both versions: change of the customer's and of the FM's rating
 */
public record Progress(
        int fromVersion,
        int toVersion,
        List<Need> resolved,
        List<Need> added,
        List<Need> worsened,
        String fromProfile,
        String toProfile,
        String profileDirection,
        List<Strength> strengthsGained,
        Map<ProgressDimension, Rating> ratingChange) {

    private static final Set<NeedStatus> BETTER_THAN_FAILED = Set.of(NeedStatus.IN_PROGRESS, NeedStatus.RESOLVED);

    public static Progress between(Assessment from, Assessment to) {
        Map<UUID, Need> before = from.needs().stream().collect(Collectors.toMap(Need::needId, Function.identity()));
        List<Need> resolved = new ArrayList<>();
        List<Need> added = new ArrayList<>();
        List<Need> worsened = new ArrayList<>();
        for (Need need : to.needs()) {
            Need earlier = before.get(need.needId());
            if (earlier == null) {
                added.add(need);
                if (need.status() == NeedStatus.RESOLVED) {
                    resolved.add(need);
                }
                continue;
            }
            if (need.status() == NeedStatus.RESOLVED && earlier.status() != NeedStatus.RESOLVED) {
                resolved.add(need);
            } else if (worse(earlier, need)) {
                worsened.add(need);
            }
        }
        List<Strength> gained = to.strengths().stream()
                .filter(s -> !from.strengths().contains(s))
                .toList();
        return new Progress(
                from.version(),
                to.version(),
                resolved,
                added,
                worsened,
                from.profileCode(),
                to.profileCode(),
                ProfileOrder.direction(to.scheme(), from.profileCode(), to.profileCode()),
                gained,
                ratingChange(from, to));
    }

    /**
     * The change of the co-rated scale per dimension, on the dimensions rated in both versions only: a
     * dimension one of them leaves out is neither a gain nor a loss (docs/domain.md §5.2, §10; DV2017 9).
     */
    public static Map<ProgressDimension, Rating> ratingChange(Assessment from, Assessment to) {
        Map<ProgressDimension, Rating> change = new EnumMap<>(ProgressDimension.class);
        to.coRating().forEach((dimension, now) -> {
            Rating then = from.coRating().get(dimension);
            if (then != null) {
                change.put(
                        dimension,
                        new Rating(now.customer() - then.customer(), now.caseManager() - then.caseManager()));
            }
        });
        return change;
    }

    private static boolean worse(Need before, Need after) {
        boolean reopened = before.status() == NeedStatus.RESOLVED && after.status() != NeedStatus.RESOLVED;
        boolean failed =
                after.status() == NeedStatus.WORKED_WITHOUT_SUCCESS && BETTER_THAN_FAILED.contains(before.status());
        boolean entrenched = after.entrenched() && !before.entrenched();
        boolean morePressing = after.priority().ordinal() < before.priority().ordinal();
        return reopened || failed || entrenched || morePressing;
    }
}
