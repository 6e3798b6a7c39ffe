package de.lotse.assessment.imports.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.lotse.assessment.assessments.application.AssessmentHistory;
import de.lotse.assessment.assessments.domain.CategoryChangeReason;
import de.lotse.assessment.assessments.domain.NeedStatus;
import de.lotse.assessment.assessments.domain.Occupation;
import de.lotse.assessment.assessments.domain.Priority;
import de.lotse.platform.input.MultiLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The part of an imported case that assessment keeps (docs/import.md): the versions of its assessment with their
 * needs, in the record format's shape. Staff are named by their Lotse subjects (the import client maps the source
 * system's ids). Codes (needs, strengths, profile) come as text and are checked against the catalogue and the policy of
 * the version's day, so that a wrong one is named by its field.
 *
 * @param admittedOn for a check before intake took the case over: the day of the admission in the record
 * @param closedOn   for a check: the day of the closure in the record, if any
 */
@Serdeable
@Schema(name = "FalluebernahmeAssessment", description = "Der Teil eines übernommenen Falls, den das Assessment führt")
public record AssessmentImport(
        @NotNull @Valid Source source,
        @Nullable LocalDate admittedOn,
        @Nullable LocalDate closedOn,
        @Nullable @Size(max = 200) List<@NotNull @Valid ImportVersion> assessments) {

    public AssessmentImport {
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
    }

    @Serdeable
    @Schema(name = "QuellschluesselAssessment")
    public record Source(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}")
            String system,

            @NotBlank @Size(max = 100) String id) {}

    @Serdeable
    @Schema(name = "UebernahmeAssessmentversion", description = "Eine Version des Assessments mit ihrem Tag")
    public record ImportVersion(
            @Schema(description = "Kennung im Quellsystem") @NotBlank @Size(max = 100)
            String sourceId,

            @NotNull LocalDate assessedOn,

            @Schema(description = "Fachkraft, die die Version erstellt hat; ohne Angabe die zuständige Fachkraft")
            @Nullable
            @Size(max = 150)
            String assessedBy,

            @Schema(description = "Gültig bis (Pflicht: die Umsetzungsstrategie nennt keinen Standard)") @Nullable
            LocalDate validUntil,

            @Schema(
                    description =
                            "Profillage oder Kundenkategorie nach dem Schema der Strategie dieses Tages (Pflicht)")
            @Nullable
            @Size(max = 64)
            String profileCode,

            @Nullable @Min(0) @Max(240) Integer prognosisHorizonMonths,
            @Nullable @Valid ImportOccupation targetOccupation,
            @Nullable @Size(max = 5) List<@NotNull @Valid ImportOccupation> alternativeOccupations,
            @Nullable LocalDate resubmissionOn,
            @Nullable LocalDate obstructionEndsOn,

            @Schema(description = "Grund eines Wechsels der Profillage (Pflicht bei Wechsel)") @Nullable
            CategoryChangeReason categoryChangeReason,

            @MultiLine @Nullable @Size(max = 2000) String categoryChangeNote,

            @JsonInclude(JsonInclude.Include.ALWAYS) // the format requires the list, an empty one too
            @NotNull
            @Size(max = 60)
            List<@NotNull @Valid ImportNeed> needs,

            @Nullable @Size(max = 40) List<@NotNull @Valid ImportStrength> strengths) {

        AssessmentHistory.PastVersion toPast(String field, String system) {
            return new AssessmentHistory.PastVersion(
                    field,
                    system,
                    sourceId,
                    assessedOn,
                    assessedBy,
                    validUntil,
                    profileCode,
                    prognosisHorizonMonths,
                    targetOccupation == null ? null : targetOccupation.toDomain(),
                    alternativeOccupations == null
                            ? List.of()
                            : alternativeOccupations.stream()
                                    .map(ImportOccupation::toDomain)
                                    .toList(),
                    resubmissionOn,
                    obstructionEndsOn,
                    categoryChangeReason,
                    categoryChangeNote,
                    needs.stream().map(ImportNeed::toPast).toList(),
                    strengths == null
                            ? List.of()
                            : strengths.stream().map(ImportStrength::toPast).toList());
        }
    }

    @Serdeable
    @Schema(name = "UebernahmeHandlungsbedarf")
    public record ImportNeed(
            @Schema(
                    description =
                            "Kennung im Quellsystem; dieselbe Kennung in einer späteren Version ist derselbe Bedarf")
            @NotBlank
            @Size(max = 100)
            String sourceId,

            @Schema(description = "Code aus dem Katalog") @NotBlank @Size(max = 64)
            String code,

            @NotNull NeedStatus status,
            @NotNull Priority priority,
            @Nullable Boolean entrenched,
            @NotNull LocalDate identifiedOn,
            @MultiLine @Nullable @Size(max = 4000) String description,

            @Schema(description = "steht der Integration in den Zielberuf im Weg") @Nullable
            Boolean linkedToTargetOccupation,

            @Schema(description = "sonst: Begründung; ohne beide Angaben wird die Herkunft vermerkt")
            @MultiLine
            @Nullable
            @Size(max = 4000)
            String linkReason) {
        AssessmentHistory.PastNeed toPast() {
            return new AssessmentHistory.PastNeed(
                    sourceId,
                    code,
                    status,
                    priority,
                    Boolean.TRUE.equals(entrenched),
                    identifiedOn,
                    description,
                    linkedToTargetOccupation,
                    linkReason);
        }
    }

    @Serdeable
    @Schema(name = "UebernahmeStaerke")
    public record ImportStrength(
            @NotBlank @Size(max = 64) String kind,
            @MultiLine @NotBlank @Size(max = 4000) String description) {
        AssessmentHistory.PastStrength toPast() {
            return new AssessmentHistory.PastStrength(kind, description);
        }
    }

    @Serdeable
    @Schema(name = "UebernahmeZielberuf")
    public record ImportOccupation(
            @NotBlank @Size(max = 200) String title,
            @Nullable @Pattern(regexp = "[0-9]{5}") String kldbCode) {
        Occupation toDomain() {
            return new Occupation(title, kldbCode);
        }

        static ImportOccupation of(Occupation occupation) {
            return occupation == null ? null : new ImportOccupation(occupation.title(), occupation.kldbCode());
        }
    }
}
