package de.lotse.assessment.imports.api;

import de.lotse.assessment.imports.application.AssessmentImport;
import de.lotse.assessment.imports.application.AssessmentImportService;
import de.lotse.platform.importing.ImportChecks;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import java.util.UUID;

/**
 * Assessment's part of cases taken over from another system (docs/import.md): checked before anything is written,
 * then written once intake has taken the case over. Only the Jobcenter's administration imports.
 */
@Controller("/api/import/cases")
@ProblemDocs.Standard
@Tag(name = "Übernahme", description = "Übernahme laufender Fälle mit ihrer Geschichte aus einem anderen System")
class ImportController {
    private final AssessmentImportService imports;

    ImportController(AssessmentImportService imports) {
        this.imports = imports;
    }

    @Serdeable
    @Schema(name = "UebernahmePruefungAssessment", description = "Bis zu 500 Fälle, geprüft ohne etwas zu speichern")
    record CheckRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid AssessmentImport> cases) {}

    @Serdeable
    @Schema(name = "UebernahmeErgebnisAssessment")
    record ImportOutcome(
            UUID caseId,
            @Schema(description = "UNCHANGED oder UPDATED") String result,

            @Schema(description = "die übernommenen Versionen (Feld und Tag)")
            List<String> changes) {}

    @Post("/validation")
    @Secured(Roles.ADMIN)
    @Operation(
            summary = "Assessmentteile von Fällen prüfen, wie ihre Übernahme sie prüfen würde; nichts wird gespeichert")
    List<ImportChecks.CheckedView> check(@Valid @Body CheckRequest request, Authentication authentication) {
        return ImportChecks.CheckedView.of(imports.check(CurrentUser.of(authentication), request.cases()));
    }

    @Put("/{caseId}")
    @ProblemDocs.NotFound
    @ProblemDocs.Unprocessable
    @Secured(Roles.ADMIN)
    @Operation(
            summary = "Den Assessmentteil eines von der Fallaufnahme übernommenen Falls übernehmen (wiederholbar:"
                    + " Bekanntes bleibt unverändert, neue Versionen werden ergänzt)")
    ImportOutcome importCase(
            @PathVariable UUID caseId, @Valid @Body AssessmentImport record, Authentication authentication) {
        AssessmentImportService.Outcome outcome = imports.importCase(CurrentUser.of(authentication), caseId, record);
        return new ImportOutcome(
                outcome.caseId(), outcome.changes().isEmpty() ? "UNCHANGED" : "UPDATED", outcome.changes());
    }
}
