package de.lotse.intake.exports.api;

import de.lotse.intake.exports.application.CaseExport;
import de.lotse.intake.imports.application.CaseImport;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;
import java.util.UUID;

/**
 * Everything the Jobcenter holds in intake, for a change of system (docs/import.md, "Export"): page by page, each
 * case as intake would take it over again. An export holds personal and social data; only the Jobcenter's
 * administration exports, and every page is in the audit log.
 */
@Controller("/api/export")
@ProblemDocs.Standard
@Tag(name = "Export", description = "Alle Fälle des Jobcenters im Übernahmeformat, für einen Systemwechsel")
class ExportController {
    private final CaseExport export;

    ExportController(CaseExport export) {
        this.export = export;
    }

    @Serdeable
    @Schema(name = "ExportierterFall")
    record ExportedCase(UUID caseId, CaseImport record) {}

    @Serdeable
    @Schema(name = "ExportSeite")
    record Page(
            List<ExportedCase> cases,

            @Schema(description = "wo die nächste Seite beginnt (Parameter after); fehlt nach der letzten") @Nullable
            UUID next) {}

    @Get("/cases{?after,limit}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Eine Seite der Fälle des Jobcenters, in der Reihenfolge ihrer Kennungen")
    Page cases(
            @Nullable @QueryValue UUID after,
            @Nullable @QueryValue @Min(1) @Max(500) Integer limit,
            Authentication authentication) {
        CaseExport.Page page = export.page(CurrentUser.of(authentication), after, limit == null ? 200 : limit);
        return new Page(
                page.cases().stream()
                        .map(c -> new ExportedCase(c.caseId(), c.record()))
                        .toList(),
                page.next());
    }
}
