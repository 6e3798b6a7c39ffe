package de.lotse.planning.plans.api;

import de.lotse.planning.plans.application.PlanService;
import de.lotse.planning.plans.domain.Goal;
import de.lotse.planning.plans.domain.Step;
import de.lotse.planning.plans.domain.StepOwner;
import de.lotse.planning.plans.domain.Strategy;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.input.MultiLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Serdeable
@Schema(
        name = "Integrationsplan",
        description =
                "Neuer Stand des Integrationsplans: Leitziel mit Zielkategorie, "
                        + "Zwischenziele, je offenem Handlungsbedarf eine Strategie, Schritte mit Verantwortlichen und Terminen.")
public record PlanRequest(
        @Schema(description = "Version des Plans, auf der die Änderung beruht (0 für den ersten Plan)")
        @Nullable
        @Min(0)
        Long version,

        @Schema(description = "Leitziel") @Nullable @Valid GoalInput leadGoal,

        @Schema(description = "Zwischenziele") @Nullable @Size(max = 20)
        List<@Valid @NotNull GoalInput> intermediateGoals,

        @Schema(description = "Handlungsstrategien, je offenem Handlungsbedarf eine") @Nullable @Size(max = 40)
        List<@Valid @NotNull StrategyInput> strategies,

        @Schema(
                description = "Reihenfolge der Schlüsselgruppen; ohne Angabe Rahmenbedingungen → Leistungsfähigkeit → "
                        + "Motivation → soziale → berufliche Kompetenzen")
        @Nullable
        @Size(max = 5)
        List<@NotNull KeyGroup> workingOrder,

        @Schema(description = "Begründung einer abweichenden Reihenfolge") @MultiLine @Nullable @Size(max = 2000)
        String orderReason,

        @Schema(description = "Direkte Vermittlungschance hat Vorrang") @Nullable
        Boolean directPlacementFirst,

        @Schema(description = "Schritte") @Nullable @Size(max = 100)
        List<@Valid @NotNull StepInput> steps) {

    @Serdeable
    @Schema(name = "Ziel")
    public record GoalInput(
            @Nullable UUID id,
            @MultiLine @NotBlank @Size(max = 1000) String text,

            @Schema(description = "Zielkategorie (Schlüsselgruppe); Pflicht beim Leitziel") @Nullable
            KeyGroup targetCategory,

            @Nullable LocalDate targetDate) {
        Goal toDomain() {
            return new Goal(id != null ? id : UUID.randomUUID(), text, targetCategory, targetDate);
        }
    }

    @Serdeable
    @Schema(name = "Strategie")
    public record StrategyInput(
            @Nullable UUID id,

            @Schema(description = "Handlungsbedarf aus dem Assessment") @NotNull
            UUID needId,

            @MultiLine @NotBlank @Size(max = 2000) String text,

            @Schema(description = "Zwischenziel, in das die Strategie mündet") @Nullable
            UUID intermediateGoalId) {
        Strategy toDomain() {
            return new Strategy(id, needId, null, text, intermediateGoalId);
        }
    }

    @Serdeable
    @Schema(name = "Schritt")
    public record StepInput(
            @Nullable UUID id,
            @Nullable UUID strategyId,
            @MultiLine @NotBlank @Size(max = 1000) String text,

            @Schema(description = "Wer: CUSTOMER, CASE_MANAGER, PARTNER") @NotNull
            StepOwner owner,

            @Nullable UUID partnerId,
            @Schema(description = "Fällig am") @NotNull LocalDate dueOn,
            @Nullable Boolean done) {
        Step toDomain() {
            return new Step(id, strategyId, text, owner, partnerId, dueOn, Boolean.TRUE.equals(done));
        }
    }

    PlanService.Draft toDraft() {
        return new PlanService.Draft(
                version == null ? 0 : version,
                leadGoal == null ? null : leadGoal.toDomain(),
                intermediateGoals == null
                        ? List.of()
                        : intermediateGoals.stream().map(GoalInput::toDomain).toList(),
                strategies == null
                        ? List.of()
                        : strategies.stream().map(StrategyInput::toDomain).toList(),
                workingOrder,
                orderReason,
                Boolean.TRUE.equals(directPlacementFirst),
                steps == null
                        ? List.of()
                        : steps.stream().map(StepInput::toDomain).toList());
    }
}
