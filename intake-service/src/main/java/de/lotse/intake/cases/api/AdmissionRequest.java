package de.lotse.intake.cases.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

@Serdeable
@Schema(name = "Aufnahme", description = "Aufnahmeentscheidung der Fallmanagerin / des Fallmanagers (Fallzugang)")
public record AdmissionRequest(
        @Schema(description = "Mitwirkungsbereitschaft der Kundin / des Kunden (unverzichtbar)")
        @NotNull Boolean customerWilling,
        @Schema(description = "Aufnahmedatum; ohne Angabe heute") @Nullable @PastOrPresent LocalDate admittedOn) {
}
