package de.lotse.assessment.assessments.api;

import de.lotse.assessment.assessments.application.AssessmentService;
import de.lotse.assessment.assessments.domain.Assessment;
import de.lotse.assessment.assessments.domain.Need;
import de.lotse.assessment.assessments.domain.Occupation;
import de.lotse.assessment.assessments.domain.Progress;
import de.lotse.assessment.assessments.domain.ProgressDimension;
import de.lotse.assessment.assessments.domain.Rating;
import de.lotse.assessment.assessments.domain.Strength;
import de.lotse.platform.codes.KeyGroup;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Response bodies of the assessment API. */
final class AssessmentViews {
    /** The views name the age group; the catalogue labels the first key group by it (U25). */
    private static final String AGE_GROUP = "Altersgruppe des Falls (U25 oder UE25): bei U25 heißt die erste "
            + "Schlüsselgruppe „Schulische Qualifikation / berufliche Kompetenz“ (GET /api/catalogue?ageGroup=U25)";

    private AssessmentViews() {}

    @Serdeable
    @Schema(
            name = "Assessmentversion",
            description = "Eine abgeschlossene Version mit geschützten Inhalten (Lesen wird protokolliert)")
    record Full(
            UUID assessmentId,
            UUID caseId,
            int version,
            LocalDate assessedOn,
            LocalDate validUntil,
            String assessedBy,
            @Nullable OccupationView targetOccupation,
            List<OccupationView> alternativeOccupations,
            List<NeedView> needs,
            List<StrengthView> strengths,
            @Nullable Integer prognosisHorizonMonths,
            @Nullable Boolean marketNear,
            String scheme,
            String profileCode,
            @Nullable String categoryChangeReason,
            @Nullable String categoryChangeNote,
            @Nullable LocalDate resubmissionOn,
            @Nullable LocalDate obstructionEndsOn,
            List<UUID> householdCaseIds,
            Map<String, Map<String, Integer>> openNeedsByKeyGroup,
            Map<String, RatingView> coRating,
            Instant completedAt,
            @Schema(description = AGE_GROUP) @Nullable String ageGroup) {
        static Full of(AssessmentService.CaseAssessment read) {
            Assessment a = read.assessment();
            return new Full(
                    a.id(),
                    a.caseId(),
                    a.version(),
                    a.assessedOn(),
                    a.validUntil(),
                    a.assessedBy(),
                    occupation(a.targetOccupation()),
                    a.alternativeOccupations().stream()
                            .map(AssessmentViews::occupation)
                            .toList(),
                    a.needs().stream().map(NeedView::of).toList(),
                    a.strengths().stream().map(StrengthView::of).toList(),
                    a.prognosisHorizonMonths(),
                    a.marketNear(),
                    a.scheme().name(),
                    a.profileCode(),
                    a.categoryChangeReason() == null
                            ? null
                            : a.categoryChangeReason().name(),
                    a.categoryChangeNote(),
                    a.resubmissionOn(),
                    a.obstructionEndsOn(),
                    a.householdCaseIds(),
                    counts(a.needs()),
                    ratings(a.coRating()),
                    a.completedAt(),
                    read.ageGroup());
        }
    }

    @Serdeable
    @Schema(
            name = "Assessmentuebersicht",
            description =
                    "Profil, Prognose und Anzahl der Bedarfe; ohne geschützte Inhalte " + "für Kolleg:innen des Teams")
    record Summary(
            UUID caseId,
            int version,
            LocalDate assessedOn,
            LocalDate validUntil,
            String profileCode,
            @Nullable Boolean marketNear,

            @Schema(
                    description = "offene und erledigte Bedarfe je Schlüsselgruppe; gesundheitsbezogene nur "
                            + "für Berechtigte")
            Map<String, Map<String, Integer>> openNeedsByKeyGroup,

            @Schema(description = "Bedarfe ohne Freitext; gesundheitsbezogene nur für Berechtigte")
            List<NeedLine> needs,

            @Schema(description = "geschützte Inhalte ausgeblendet")
            boolean protectedContentHidden,

            @Schema(description = AGE_GROUP) @Nullable String ageGroup) {
        static Summary of(AssessmentService.Summary summary) {
            Assessment a = summary.assessment();
            List<Need> visible = summary.visibleNeeds();
            return new Summary(
                    a.caseId(),
                    a.version(),
                    a.assessedOn(),
                    a.validUntil(),
                    a.profileCode(),
                    a.marketNear(),
                    counts(visible),
                    visible.stream()
                            .map(n -> new NeedLine(
                                    n.needId(),
                                    n.keyGroup().name(),
                                    n.code().name(),
                                    n.status().name(),
                                    n.priority().name(),
                                    n.entrenched()))
                            .toList(),
                    summary.protectedContentHidden(),
                    summary.ageGroup());
        }
    }

    @Serdeable
    record NeedLine(UUID needId, String keyGroup, String code, String status, String priority, boolean entrenched) {}

    @Serdeable
    @Schema(name = "Handlungsbedarfseintrag")
    record NeedView(
            UUID needId,
            String keyGroup,
            String code,
            String label,
            boolean healthRelated,
            @Nullable String description,
            String status,
            String priority,
            boolean entrenched,
            LocalDate identifiedOn,
            LocalDate statusSince,
            boolean linkedToTargetOccupation,
            @Nullable String linkReason) {
        static NeedView of(Need n) {
            return new NeedView(
                    n.needId(),
                    n.keyGroup().name(),
                    n.code().name(),
                    n.code().label(),
                    n.code().healthRelated(),
                    n.description(),
                    n.status().name(),
                    n.priority().name(),
                    n.entrenched(),
                    n.identifiedOn(),
                    n.statusSince(),
                    n.linkedToTargetOccupation(),
                    n.linkReason());
        }
    }

    @Serdeable
    record StrengthView(String kind, String description) {
        static StrengthView of(Strength s) {
            return new StrengthView(s.kind().name(), s.description());
        }
    }

    @Serdeable
    record OccupationView(String title, @Nullable String kldbCode) {}

    @Serdeable
    record RatingView(int customer, int caseManager) {}

    @Serdeable
    @Schema(name = "Fortschritt", description = "Was sich zwischen zwei Versionen verändert hat")
    record ProgressView(
            int fromVersion,
            int toVersion,
            List<NeedView> resolved,
            List<NeedView> added,
            List<NeedView> worsened,
            @Nullable String fromProfile,
            String toProfile,

            @Schema(description = "UP (arbeitsmarktnäher), DOWN, LATERAL")
            String profileDirection,

            List<StrengthView> strengthsGained,
            Map<String, RatingView> ratingChange) {
        static ProgressView of(Progress p) {
            return new ProgressView(
                    p.fromVersion(),
                    p.toVersion(),
                    p.resolved().stream().map(NeedView::of).toList(),
                    p.added().stream().map(NeedView::of).toList(),
                    p.worsened().stream().map(NeedView::of).toList(),
                    p.fromProfile(),
                    p.toProfile(),
                    p.profileDirection(),
                    p.strengthsGained().stream().map(StrengthView::of).toList(),
                    ratings(p.ratingChange()));
        }
    }

    @Serdeable
    @Schema(name = "Wiedervorlage")
    record DueView(
            UUID caseId,
            int version,
            String profileCode,

            @Schema(description = "RESUBMISSION (X, Y, Z) oder VALIDITY_ENDS")
            String kind,

            LocalDate dueOn,
            boolean overdue,
            @Nullable String caseManagerId) {
        static DueView of(AssessmentService.Due due) {
            return new DueView(
                    due.caseId(),
                    due.version(),
                    due.profileCode(),
                    due.kind(),
                    due.dueOn(),
                    due.overdue(),
                    due.caseManagerId());
        }
    }

    private static OccupationView occupation(Occupation o) {
        return o == null ? null : new OccupationView(o.title(), o.kldbCode());
    }

    /** Open and resolved needs per key group (counts only), of the needs given: the ones the reader may see. */
    private static Map<String, Map<String, Integer>> counts(List<Need> needs) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (KeyGroup group : KeyGroup.values()) {
            Map<String, Integer> line = new TreeMap<>();
            line.put("open", (int) needs.stream()
                    .filter(n -> n.keyGroup() == group && n.open())
                    .count());
            line.put("resolved", (int) needs.stream()
                    .filter(n -> n.keyGroup() == group && !n.open())
                    .count());
            counts.put(group.name(), line);
        }
        return counts;
    }

    private static Map<String, RatingView> ratings(Map<ProgressDimension, Rating> ratings) {
        Map<String, RatingView> views = new TreeMap<>();
        ratings.forEach((dimension, rating) ->
                views.put(dimension.name(), new RatingView(rating.customer(), rating.caseManager())));
        return views;
    }
}
