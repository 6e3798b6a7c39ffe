package de.lotse.planning.imports.api;

import de.lotse.planning.imports.application.PlanningExport;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Planning's parts of the Jobcenter's cases in the record format, for {@code ./lotse export} (docs/import.md). Only
 * the Jobcenter's administration exports; cases of other Jobcenters and unknown ids are simply absent.
 */
@Controller("/api/export/cases")
@ProblemDocs.Standard
@Tag(name = "Übernahme", description = "Übernahme laufender Fälle mit ihrer Geschichte aus einem anderen System")
class ExportController {
    private final PlanningExport export;

    ExportController(PlanningExport export) {
        this.export = export;
    }

    @Serdeable
    @Schema(name = "ExportAnfragePlanung", description = "Bis zu 500 Fälle des Jobcenters")
    record ExportRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> caseIds) {}

    @Serdeable
    @Schema(
            name = "ExportPlanung",
            description = "Je Fall die Planungsteile im Format der Fallübernahme (lotse-records.schema.json): plan,"
                    + " agreements, contacts, notes, measures, reviews; Kennungen sind Lotse-Kennungen")
    record ExportAnswer(List<Map<String, Object>> cases) {}

    @Post("{?notes}")
    @ProblemDocs.Unprocessable
    @Secured(Roles.ADMIN)
    @Operation(
            summary = "Planungsteile von Fällen im Format der Fallübernahme ausgeben (Vermerke nach Sichtbarkeit:"
                    + " none, team — Voreinstellung: ohne Vermerke „FM individuell“ — oder all)")
    ExportAnswer export(
            @Valid @Body ExportRequest request,
            @Schema(
                            description = "none, team (Voreinstellung) oder all",
                            allowableValues = {"none", "team", "all"})
                    @Nullable
                    @QueryValue
                    String notes,
            Authentication authentication) {
        PlanningExport.Notes withNotes = notes == null ? PlanningExport.Notes.TEAM : notesOf(notes);
        return new ExportAnswer(export.export(CurrentUser.of(authentication), request.caseIds(), withNotes));
    }

    private static PlanningExport.Notes notesOf(String notes) {
        switch (notes) {
            case "none":
                return PlanningExport.Notes.NONE;
            case "team":
                return PlanningExport.Notes.TEAM;
            case "all":
                return PlanningExport.Notes.ALL;
            default:
                throw new de.lotse.platform.domain.RuleViolation(
                        "notes", "UNKNOWN_NOTES_CLASS", "Vermerke: none, team oder all.");
        }
    }
}
