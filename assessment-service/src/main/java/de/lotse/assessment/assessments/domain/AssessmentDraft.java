package de.lotse.assessment.assessments.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An assessment as the FM submits it. Needs of the previous version keep their id (and must all be
 * carried on, with their new status); new needs come without one.
 *
 * @param assessedOn            defaults to today
 * @param validUntil            Gültigkeitszeitraum: until when the assessment stands
 * @param targetOccupation      Zielberuf / Zieltätigkeit
 * @param prognosisHorizonMonths integration expected in about this many months (≤ 6: market-near, PANKOW 2)
 * @param profileCode           BA profile or UCKERMARK category, per the Jobcenter's scheme
 * @param categoryChangeReason  required when the profile differs from the previous version's
 * @param categoryChangeNote    free text on the change (protected)
 * @param resubmissionOn        X, Y, Z: Wiedervorlage (computed when not given)
 * @param obstructionEndsOn     Y: when the obstructing event ends (e.g. parental leave)
 * @param householdCaseIds      other members of the household whose assessments are referenced, not copied
 * @param coRating              optional co-rated progress scale
 */
public record AssessmentDraft(
        LocalDate assessedOn,
        LocalDate validUntil,
        Occupation targetOccupation,
        List<Occupation> alternativeOccupations,
        List<DraftNeed> needs,
        List<Strength> strengths,
        Integer prognosisHorizonMonths,
        String profileCode,
        CategoryChangeReason categoryChangeReason,
        String categoryChangeNote,
        LocalDate resubmissionOn,
        LocalDate obstructionEndsOn,
        List<UUID> householdCaseIds,
        Map<ProgressDimension, Rating> coRating) {

    public AssessmentDraft {
        alternativeOccupations = alternativeOccupations == null ? List.of() : List.copyOf(alternativeOccupations);
        needs = needs == null ? List.of() : List.copyOf(needs);
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        householdCaseIds = householdCaseIds == null ? List.of() : List.copyOf(householdCaseIds);
        coRating = coRating == null ? Map.of() : Map.copyOf(coRating);
    }

    /** A need as submitted: without an id it is new. */
    public record DraftNeed(
            UUID needId,
            NeedCode code,
            String description,
            NeedStatus status,
            Priority priority,
            boolean entrenched,
            LocalDate identifiedOn,
            boolean linkedToTargetOccupation,
            String linkReason) {}
}
