package de.lotse.planning.imports.application;

import de.lotse.planning.notes.domain.Visibility;
import de.lotse.planning.plans.domain.StepOwner;
import de.lotse.planning.reviews.domain.ContinuationReview;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.codes.MeasureInstrument;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The part of an imported case that planning keeps (docs/import.md): contacts, measures, the plan, agreements, notes
 * and continuation reviews. Staff are named by
 * their Lotse subjects (the import client maps the source system's ids).
 *
 * @param admittedOn for a check before intake took the case over: the day of the admission in the record
 * @param closedOn   for a check: the day of the closure in the record, if any
 */
@Serdeable
@Schema(name = "FalluebernahmePlanung", description = "Der Teil eines übernommenen Falls, den die Planung führt")
public record PlanningImport(
        @NotNull @Valid Source source,
        @Nullable LocalDate admittedOn,
        @Nullable LocalDate closedOn,
        @Nullable @Size(max = 2000) List<@NotNull @Valid Contact> contacts,
        @Nullable @Size(max = 200) List<@NotNull @Valid Measure> measures,

        @Schema(
                description =
                        "Für die Prüfung vor der Übernahme: die Handlungsbedarfe des letzten Assessments im"
                                + " Datensatz (Kennung im Quellsystem und Status), auf die sich die Strategien des Plans beziehen")
        @Nullable
        @Size(max = 60)
        List<@NotNull @Valid AssessedNeed> assessedNeeds,

        @Nullable @Valid ImportedPlan plan,
        @Nullable @Size(max = 100) List<@NotNull @Valid ImportedAgreement> agreements,
        @Nullable @Size(max = 2000) List<@NotNull @Valid ImportedNote> notes,
        @Nullable @Size(max = 100) List<@NotNull @Valid ImportedReview> reviews) {

    public PlanningImport {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        measures = measures == null ? List.of() : List.copyOf(measures);
        assessedNeeds = assessedNeeds == null ? List.of() : List.copyOf(assessedNeeds);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        notes = notes == null ? List.of() : List.copyOf(notes);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** Whether the record has anything that exists only in an admitted case. */
    public boolean hasCaseWork() {
        return !(contacts.isEmpty()
                && measures.isEmpty()
                && plan == null
                && agreements.isEmpty()
                && notes.isEmpty()
                && reviews.isEmpty());
    }

    @Serdeable
    @Schema(name = "UebernahmeBedarf")
    public record AssessedNeed(
            @Schema(description = "Kennung des Handlungsbedarfs im Quellsystem") @NotBlank @Size(max = 100)
            String sourceId,

            @Schema(description = "IDENTIFIED, IN_PROGRESS, WORKED_WITHOUT_SUCCESS oder RESOLVED")
            @Nullable
            @Size(max = 40)
            String status) {}

    @Serdeable
    @Schema(name = "UebernahmePlan", description = "Der Integrationsplan, wie er steht")
    public record ImportedPlan(
            @Nullable @Valid LeadGoal leadGoal,
            @Nullable @Size(max = 30) List<@NotNull @Valid IntermediateGoal> intermediateGoals,
            @Nullable @Size(max = 60) List<@NotNull @Valid ImportedStrategy> strategies,
            @Nullable @Size(max = 200) List<@NotNull @Valid ImportedStep> steps) {

        public ImportedPlan {
            intermediateGoals = intermediateGoals == null ? List.of() : List.copyOf(intermediateGoals);
            strategies = strategies == null ? List.of() : List.copyOf(strategies);
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    @Serdeable
    @Schema(name = "UebernahmeLeitziel")
    public record LeadGoal(
            @NotBlank @Size(max = 4000) String text,

            @Schema(description = "Zielkategorie (Schlüsselgruppe)") @NotNull
            KeyGroup targetCategory,

            @Nullable LocalDate targetDate) {}

    @Serdeable
    @Schema(name = "UebernahmeZwischenziel")
    public record IntermediateGoal(
            @NotBlank @Size(max = 100) String sourceId,
            @NotBlank @Size(max = 4000) String text,
            @Nullable LocalDate targetDate) {}

    @Serdeable
    @Schema(name = "UebernahmeStrategie")
    public record ImportedStrategy(
            @NotBlank @Size(max = 100) String sourceId,

            @Schema(description = "Kennung des Handlungsbedarfs im Quellsystem") @NotBlank @Size(max = 100)
            String need,

            @NotBlank @Size(max = 4000) String text,

            @Schema(description = "Kennung des Zwischenziels im Quellsystem") @Nullable @Size(max = 100)
            String intermediateGoal) {}

    @Serdeable
    @Schema(name = "UebernahmeSchritt")
    public record ImportedStep(
            @NotBlank @Size(max = 100) String sourceId,

            @Schema(description = "Kennung der Strategie im Quellsystem") @Nullable @Size(max = 100)
            String strategy,

            @NotBlank @Size(max = 4000) String text,
            @NotNull StepOwner owner,

            @Schema(description = "der Netzwerkpartner eines Schritts (Quellschlüssel)") @Nullable @Valid
            Source partner,

            @Nullable LocalDate dueOn,
            @Nullable Boolean done) {}

    @Serdeable
    @Schema(name = "UebernahmeVereinbarung")
    public record ImportedAgreement(
            @NotBlank @Size(max = 100) String sourceId,

            @Schema(description = "KOOPERATIONSPLAN (seit 01.07.2023) oder EINGLIEDERUNGSVEREINBARUNG (davor)")
            @NotBlank
            @Size(max = 64)
            String type,

            @NotNull LocalDate agreedOn,
            @Nullable LocalDate validUntil,
            @Nullable LocalDate reviewOn,
            @Nullable @Size(max = 50) List<@NotBlank @Size(max = 4000) String> jobcenterServices,
            @Nullable @Size(max = 50) List<@NotBlank @Size(max = 4000) String> customerObligations,
            @Nullable Boolean legalConsequenceInstruction,
            @Nullable LocalDate signedOn) {

        public ImportedAgreement {
            jobcenterServices = jobcenterServices == null ? List.of() : List.copyOf(jobcenterServices);
            customerObligations = customerObligations == null ? List.of() : List.copyOf(customerObligations);
        }
    }

    @Serdeable
    @Schema(name = "UebernahmeVermerk")
    public record ImportedNote(
            @NotBlank @Size(max = 100) String sourceId,
            @NotNull LocalDate writtenOn,

            @Schema(description = "verfassende Fachkraft") @Nullable @Size(max = 150)
            String writtenBy,

            @NotNull Visibility visibility,
            @NotBlank @Size(max = 10000) String text,

            @Schema(description = "Kennung des zugehörigen Kontakts im Quellsystem") @Nullable @Size(max = 100)
            String contact) {}

    @Serdeable
    @Schema(name = "UebernahmeFortfuehrungspruefung")
    public record ImportedReview(
            @NotBlank @Size(max = 100) String sourceId,
            @NotNull LocalDate reviewedOn,

            @Schema(description = "prüfende Fachkraft") @Nullable @Size(max = 150)
            String reviewedBy,

            @NotNull ContinuationReview.Decision decision,
            @Nullable @Size(max = 4000) String reasons,
            @Nullable ContinuationReview.Prognosis prognosis,
            @Nullable LocalDate extendedUntil,
            @Nullable @Valid TeamLeadDecision teamLeadDecision) {}

    @Serdeable
    @Schema(name = "UebernahmeEntscheidungTeamleitung")
    public record TeamLeadDecision(
            @NotNull Boolean approved,
            @NotNull LocalDate decidedOn,

            @Schema(description = "entscheidende Teamleitung") @NotBlank @Size(max = 150)
            String decidedBy,

            @Nullable @Size(max = 2000) String note) {}

    @Serdeable
    @Schema(name = "QuellschluesselPlanung")
    public record Source(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}")
            String system,

            @NotBlank @Size(max = 100) String id) {}

    @Serdeable
    @Schema(name = "UebernahmeMassnahme")
    public record Measure(
            @Schema(description = "Kennung im Quellsystem") @NotBlank @Size(max = 100)
            String sourceId,

            @NotNull MeasureInstrument instrument,
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate startedOn,
            @Nullable LocalDate plannedEndOn,
            @Nullable LocalDate endedOn,

            @Schema(description = "Ergebnis, bei einer beendeten Maßnahme") @Nullable
            de.lotse.planning.measures.domain.Measure.Outcome outcome,

            @Nullable @Size(max = 150) String recordedBy) {}

    @Serdeable
    @Schema(name = "UebernahmeKontakt")
    public record Contact(
            @Schema(description = "Kennung im Quellsystem") @NotBlank @Size(max = 100)
            String sourceId,

            @NotNull LocalDate occurredOn,
            @NotNull ContactFormat format,
            @Nullable Boolean qualifiedNote,

            @Schema(description = "erfassende Fachkraft") @Nullable @Size(max = 150)
            String recordedBy) {}
}
