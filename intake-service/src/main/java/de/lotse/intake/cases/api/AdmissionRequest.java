package de.lotse.intake.cases.api;

import de.lotse.intake.cases.domain.SupportVariant;
import de.lotse.platform.input.MultiLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Serdeable
@Schema(name = "Aufnahme", description = "Aufnahmeentscheidung der Fallmanagerin / des Fallmanagers (Fallzugang)")
public record AdmissionRequest(
        @Schema(description = "Mitwirkungsbereitschaft der Kundin / des Kunden (unverzichtbar)") @NotNull
        Boolean customerWilling,

        @Schema(description = "Aufnahmedatum; ohne Angabe heute") @Nullable @PastOrPresent
        LocalDate admittedOn,

        @Schema(description = "Datum der gemeinsamen Fallerörterung von AV und FM (wo die Richtlinie sie verlangt)")
        @Nullable
        @PastOrPresent
        LocalDate jointCaseDiscussionOn,

        @Schema(description = "Vollständige Übergabe (Regel) oder begleitende Betreuung (Ausnahme)") @Nullable
        SupportVariant supportVariant,

        @Schema(description = "Übernahmevermerk (bleibt im Zugangsdienst)") @MultiLine @Nullable @Size(max = 2000)
        String note) {}
