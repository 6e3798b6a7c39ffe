package de.lotse.intake.cases.api;

import de.lotse.intake.cases.domain.DeclineReason;
import de.lotse.intake.cases.domain.SupportVariant;
import de.lotse.platform.input.MultiLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Request bodies of the admission decision and its escalation. */
final class DecisionRequests {
    private DecisionRequests() {}

    @Serdeable
    @Schema(name = "Ablehnung", description = "Die Fallmanagerin / der Fallmanager nimmt nicht auf")
    record Decline(
            @Schema(description = "Ablehnungsgrund") @NotNull
            DeclineReason reason,

            @Schema(description = "Begründung (bei OTHER Pflicht)") @MultiLine @Nullable @Size(max = 2000)
            String note) {}

    @Serdeable
    @Schema(
            name = "Eskalation",
            description = "Die vormerkende AV teilt die Ablehnung nicht: die Teamleitung entscheidet")
    record Escalate(
            @Schema(description = "Begründung der AV") @MultiLine @NotBlank @Size(max = 2000)
            String statement) {}

    @Serdeable
    @Schema(
            name = "Teamleitungsentscheidung",
            description = "Endgültige Entscheidung der Teamleitung über eine Eskalation")
    record Decide(
            @Schema(description = "Aufnehmen (true) oder nicht (false)") @NotNull
            Boolean admit,

            @Schema(description = "Begründung") @MultiLine @NotBlank @Size(max = 2000)
            String note,

            @Schema(description = "Fachkraft, die den Fall übernimmt (bei Aufnahme)")
            @Nullable
            @Size(min = 1, max = 150)
            String caseManagerId,

            @Schema(description = "Mitwirkungsbereitschaft der Kundin / des Kunden (bei Aufnahme)") @Nullable
            Boolean customerWilling,

            @Schema(description = "Datum der gemeinsamen Fallerörterung") @Nullable @PastOrPresent
            LocalDate jointCaseDiscussionOn,

            @Nullable SupportVariant supportVariant,

            @Schema(description = "Über den Betreuungsschlüssel hinaus zuordnen (Begründung in note)") @Nullable
            Boolean overrideCaseloadRatio) {}

    @Serdeable
    @Schema(
            name = "Schluesselfreigabe",
            description =
                    "Freigabe der Teamleitung, einer Fachkraft diesen Fall über den Betreuungsschlüssel hinaus zuzuordnen")
    record CaseloadOverride(
            @NotBlank @Size(max = 150) String caseManagerId,

            @Schema(description = "Begründung") @MultiLine @NotBlank @Size(max = 2000)
            String reason) {}
}
