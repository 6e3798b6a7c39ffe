package de.lotse.intake.imports.api;

import de.lotse.intake.imports.application.CaseImport;
import de.lotse.intake.imports.application.CaseImportService;
import de.lotse.platform.importing.ImportChecks;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * Takes cases over from another system (docs/import.md): the import client first checks every record with the
 * owning services, then writes the valid ones. Only the Jobcenter's administration imports.
 */
@Controller("/api/import")
@ProblemDocs.Standard
@Tag(name = "Übernahme", description = "Übernahme laufender Fälle mit ihrer Geschichte aus einem anderen System")
class ImportController {
    private final CaseImportService imports;

    ImportController(CaseImportService imports) {
        this.imports = imports;
    }

    @Serdeable
    @Schema(name = "UebernahmePruefung", description = "Bis zu 500 Fälle, die geprüft werden, ohne etwas zu speichern")
    record CheckRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid CaseImport> cases) {}

    @Serdeable
    @Schema(name = "Uebernahmelauf", description = "Ein Lauf des Übernahmeprogramms über eine Datei, fürs Protokoll")
    record Run(
            @Schema(description = "SHA-256 der Datei") @NotNull @Pattern(regexp = "[0-9a-f]{64}")
            String fileSha256,

            @Schema(description = "Datensätze der Datei") @NotNull @PositiveOrZero @Max(100_000_000)
            Long records,

            @Schema(description = "davon Fälle") @NotNull @PositiveOrZero @Max(100_000_000)
            Long cases,

            @Schema(description = "davon mit Problemen") @NotNull @PositiveOrZero @Max(100_000_000)
            Long invalid,

            @Schema(description = "CHECKED (nur geprüft), IMPORT_STARTED oder IMPORTED")
            @NotNull
            @Pattern(regexp = "CHECKED|IMPORT_STARTED|IMPORTED")
            String phase) {}

    @Serdeable
    @Schema(name = "UebernahmeErgebnis")
    record Outcome(
            UUID caseId,

            @Schema(description = "CREATED, UNCHANGED oder UPDATED")
            String result,

            @Schema(description = "die übernommenen Änderungen (Feld und Tag)")
            List<String> changes) {}

    @Post("/cases/validation")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Fälle prüfen, wie ihre Übernahme sie prüfen würde; nichts wird gespeichert")
    List<ImportChecks.CheckedView> check(@Valid @Body CheckRequest request, Authentication authentication) {
        return ImportChecks.CheckedView.of(imports.check(CurrentUser.of(authentication), request.cases()));
    }

    @Post("/runs")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(Roles.ADMIN)
    @Operation(
            summary = "Einen Lauf des Übernahmeprogramms protokollieren: wer, wann, wie viele Datensätze, welche Datei")
    void run(@Valid @Body Run run, Authentication authentication) {
        imports.recordRun(
                CurrentUser.of(authentication),
                run.fileSha256(),
                run.records(),
                run.cases(),
                run.invalid(),
                run.phase());
    }

    @Put("/cases")
    @ProblemDocs.Unprocessable
    @Secured(Roles.ADMIN)
    @Operation(
            summary = "Einen Fall mit seiner Geschichte übernehmen (wiederholbar: derselbe Datensatz ändert nichts,"
                    + " ein geänderter übernimmt die hinzugekommenen Schritte)")
    Outcome importCase(@Valid @Body CaseImport record, Authentication authentication) {
        CaseImportService.Outcome outcome = imports.importCase(CurrentUser.of(authentication), record);
        return new Outcome(outcome.caseId(), outcome.result().name(), outcome.changes());
    }
}
