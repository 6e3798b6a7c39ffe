package de.lotse.assessment.assessments.api;

import de.lotse.assessment.assessments.domain.AssessmentDraft;
import de.lotse.assessment.assessments.domain.CategoryChangeReason;
import de.lotse.assessment.assessments.domain.NeedCode;
import de.lotse.assessment.assessments.domain.NeedStatus;
import de.lotse.assessment.assessments.domain.Occupation;
import de.lotse.assessment.assessments.domain.Priority;
import de.lotse.assessment.assessments.domain.ProgressDimension;
import de.lotse.assessment.assessments.domain.Rating;
import de.lotse.assessment.assessments.domain.Strength;
import de.lotse.assessment.assessments.domain.StrengthKind;
import de.lotse.platform.input.MultiLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Serdeable
@Schema(
        name = "Assessment",
        description = "Eine neue Version des Assessments (Profiling): Handlungsbedarfe je "
                + "Schlüsselgruppe, Stärken, Zielberuf, Prognose, Profillage/Kategorie. Bedarfe der vorigen Version werden mit "
                + "ihrer ID weitergeführt.")
public record AssessmentRequest(
        @Schema(description = "Datum des Assessments; ohne Angabe heute") @Nullable @PastOrPresent
        LocalDate assessedOn,

        @Schema(description = "Gültig bis (Gültigkeitszeitraum)") @NotNull
        LocalDate validUntil,

        @Schema(description = "Zielberuf / Zieltätigkeit") @Nullable @Valid
        OccupationInput targetOccupation,

        @Schema(description = "Alternative Zielberufe") @Nullable @Size(max = 5)
        List<@Valid @NotNull OccupationInput> alternativeOccupations,

        @Schema(description = "Handlungsbedarfe") @Nullable @Size(max = 40)
        List<@Valid @NotNull NeedInput> needs,

        @Schema(description = "Stärken und Ressourcen") @Nullable @Size(max = 30)
        List<@Valid @NotNull StrengthInput> strengths,

        @Schema(description = "Integration voraussichtlich in etwa so vielen Monaten (≤ 6: marktnah)")
        @Nullable
        @Min(0)
        @Max(240)
        Integer prognosisHorizonMonths,

        @Schema(
                description = "Profillage (BA) oder Kundenkategorie (UCKERMARK) nach dem Schema des Jobcenters",
                example = "STABILISATION")
        @NotBlank
        @Pattern(regexp = "[A-Z_]{1,30}")
        String profileCode,

        @Schema(description = "Grund eines Wechsels der Profillage/Kategorie (Pflicht bei Wechsel)") @Nullable
        CategoryChangeReason categoryChangeReason,

        @Schema(description = "Vermerk zum Wechsel (geschützt)") @MultiLine @Nullable @Size(max = 2000)
        String categoryChangeNote,

        @Schema(description = "Wiedervorlage (X, Y, Z); ohne Angabe die späteste zulässige") @Nullable
        LocalDate resubmissionOn,

        @Schema(description = "Y: Ende des entgegenstehenden Ereignisses (z. B. Elternzeit)") @Nullable
        LocalDate obstructionEndsOn,

        @Schema(description = "Fälle anderer Mitglieder der Bedarfsgemeinschaft (verwiesen, nicht kopiert)")
        @Nullable
        @Size(max = 10)
        List<@NotNull UUID> householdCaseIds,

        @Schema(description = "Gemeinsame Fortschrittsskala: Einschätzung von Kund:in und Fachkraft je Dimension (1–5)")
        @Nullable
        @Size(max = 6)
        Map<ProgressDimension, @Valid @NotNull RatingInput> coRating) {

    @Serdeable
    @Schema(name = "Zielberuf")
    public record OccupationInput(
            @NotBlank @Size(max = 200) String title,

            @Schema(description = "KldB 2010, 5-stellig") @Nullable @Pattern(regexp = "[0-9]{5}")
            String kldbCode) {
        Occupation toDomain() {
            return new Occupation(title, kldbCode);
        }
    }

    @Serdeable
    @Schema(name = "Handlungsbedarf")
    public record NeedInput(
            @Schema(description = "ID aus der vorigen Version; fehlt bei neuen Bedarfen") @Nullable
            UUID needId,

            @Schema(description = "Code aus dem Katalog (bestimmt die Schlüsselgruppe)") @NotNull
            NeedCode code,

            @Schema(description = "Beschreibung (geschützt)") @MultiLine @Nullable @Size(max = 2000)
            String description,

            @NotNull NeedStatus status,
            @NotNull Priority priority,
            @Schema(description = "verfestigt") @Nullable Boolean entrenched,
            @Nullable @PastOrPresent LocalDate identifiedOn,

            @Schema(description = "steht der Integration in den Zielberuf im Weg") @Nullable
            Boolean linkedToTargetOccupation,

            @Schema(description = "sonst: Begründung (geschützt)") @MultiLine @Nullable @Size(max = 1000)
            String linkReason) {
        AssessmentDraft.DraftNeed toDomain() {
            return new AssessmentDraft.DraftNeed(
                    needId,
                    code,
                    description,
                    status,
                    priority,
                    Boolean.TRUE.equals(entrenched),
                    identifiedOn,
                    Boolean.TRUE.equals(linkedToTargetOccupation),
                    linkReason);
        }
    }

    @Serdeable
    @Schema(name = "Staerke")
    public record StrengthInput(
            @NotNull StrengthKind kind,

            @Schema(description = "Beschreibung (geschützt)") @MultiLine @NotBlank @Size(max = 1000)
            String description) {
        Strength toDomain() {
            return new Strength(kind, description);
        }
    }

    @Serdeable
    @Schema(name = "Einschaetzung")
    public record RatingInput(
            @Schema(description = "Kundin / Kunde, 1–5") @NotNull @Min(1) @Max(5)
            Integer customer,

            @Schema(description = "Fachkraft, 1–5") @NotNull @Min(1) @Max(5)
            Integer caseManager) {}

    AssessmentDraft toDraft() {
        Map<ProgressDimension, Rating> ratings = new EnumMap<>(ProgressDimension.class);
        if (coRating != null) {
            coRating.forEach(
                    (dimension, rating) -> ratings.put(dimension, new Rating(rating.customer(), rating.caseManager())));
        }
        return new AssessmentDraft(
                assessedOn,
                validUntil,
                targetOccupation == null ? null : targetOccupation.toDomain(),
                alternativeOccupations == null
                        ? List.of()
                        : alternativeOccupations.stream()
                                .map(OccupationInput::toDomain)
                                .toList(),
                needs == null
                        ? List.of()
                        : needs.stream().map(NeedInput::toDomain).toList(),
                strengths == null
                        ? List.of()
                        : strengths.stream().map(StrengthInput::toDomain).toList(),
                prognosisHorizonMonths,
                profileCode,
                categoryChangeReason,
                categoryChangeNote,
                resubmissionOn,
                obstructionEndsOn,
                householdCaseIds,
                ratings);
    }
}
