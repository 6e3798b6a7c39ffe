package de.lotse.assessment.imports.api;

import de.lotse.assessment.imports.application.AssessmentImport;
import de.lotse.assessment.imports.application.AssessmentImportService;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
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
 * Assessment's part of the Jobcenter's cases in the record format (docs/import.md, export): what {@code ./lotse export}
 * asks for each page of intake's cases. Only the Jobcenter's administration exports.
 */
@Controller("/api/export/cases")
@ProblemDocs.Standard
@Tag(name = "Export", description = "Export der Fälle mit ihrer Geschichte im Übernahmeformat")
class ExportController {
    private final AssessmentImportService imports;

    ExportController(AssessmentImportService imports) {
        this.imports = imports;
    }

    @Serdeable
    @Schema(name = "ExportAnfrageAssessment", description = "Bis zu 500 Fälle des Jobcenters")
    record ExportRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> caseIds) {}

    @Serdeable
    @Schema(
            name = "ExportAssessment",
            description = "Die Versionen des Assessments je Fall im Übernahmeformat; Fälle ohne Version, fremde und"
                    + " unbekannte fehlen")
    record ExportAnswer(List<ExportedCaseView> cases) {}

    @Serdeable
    @Schema(name = "ExportFallAssessment")
    record ExportedCaseView(
            UUID caseId,

            @Schema(description = "die Versionen; jede Kennung (sourceId) ist die ID in Lotse")
            List<AssessmentImport.ImportVersion> assessments) {}

    @Post
    @Secured(Roles.ADMIN)
    @Operation(summary = "Die Versionen des Assessments der genannten Fälle im Übernahmeformat (wird protokolliert)")
    ExportAnswer export(@Valid @Body ExportRequest request, Authentication authentication) {
        return new ExportAnswer(imports.export(CurrentUser.of(authentication), request.caseIds()).stream()
                .map(c -> new ExportedCaseView(c.caseId(), c.assessments()))
                .toList());
    }
}
