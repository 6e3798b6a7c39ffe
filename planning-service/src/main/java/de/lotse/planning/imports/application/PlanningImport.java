package de.lotse.planning.imports.application;

import de.lotse.platform.codes.ContactFormat;
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
 * The part of an imported case that planning keeps (docs/import.md): so far its contacts and measures. Staff are named by
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
        @Nullable @Size(max = 200) List<@NotNull @Valid Measure> measures) {

    public PlanningImport {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

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
