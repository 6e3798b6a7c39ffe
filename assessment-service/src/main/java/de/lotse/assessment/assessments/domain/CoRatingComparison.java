package de.lotse.assessment.assessments.domain;

import java.util.Map;

/**
 * A co-rated version against the case's first co-rated version — the distance travelled since the
 * start —, on the dimensions both rate: a version that rates fewer dimensions is no decline, and two
 * versions with no dimension in common are not compared at all (docs/domain.md §5.2, §10; DV2017 9).
 * This is what leaves the service of the scale besides the sums; no rating of a single dimension
 * does (one of them is health and wellbeing).
 *
 * @param comparedWith     the first co-rated version
 * @param commonDimensions dimensions rated in both; 0 when they share none
 * @param change           sum over the common dimensions of (customer + FM) now minus then; none without common
 *                         dimensions
 */
public record CoRatingComparison(int comparedWith, int commonDimensions, Integer change) {

    /** None when {@code later} has no co-rating or {@code first} is no earlier co-rated version. */
    public static CoRatingComparison of(Assessment first, Assessment later) {
        if (first == null
                || later.coRating().isEmpty()
                || first.coRating().isEmpty()
                || first.version() >= later.version()) {
            return null;
        }
        Map<ProgressDimension, Rating> change = Progress.ratingChange(first, later);
        return new CoRatingComparison(
                first.version(),
                change.size(),
                change.isEmpty()
                        ? null
                        : change.values().stream()
                                .mapToInt(r -> r.customer() + r.caseManager())
                                .sum());
    }
}
