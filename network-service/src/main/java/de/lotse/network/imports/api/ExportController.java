package de.lotse.network.imports.api;

import de.lotse.network.imports.application.NetworkExportService;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
 * What the network holds of the Jobcenter, in the import format (docs/import.md): for {@code ./lotse export} and a
 * change of system. Only the Jobcenter's administration exports.
 */
@Controller("/api/export")
@ProblemDocs.Standard
@Tag(name = "Export", description = "Export im Übernahmeformat (Systemwechsel, Art. 20 DSGVO)")
@Secured(Roles.ADMIN)
class ExportController {
    private final NetworkExportService exports;

    ExportController(NetworkExportService exports) {
        this.exports = exports;
    }

    @Serdeable
    @Schema(name = "ExportPartnerListe")
    record Partners(List<NetworkExportService.PartnerRecord> records) {}

    @Serdeable
    @Schema(name = "ExportFormularListe")
    record Forms(List<NetworkExportService.FormRecord> records) {}

    @Serdeable
    @Schema(name = "ExportAnfrageNetzwerk", description = "Bis zu 500 Fälle")
    record CasesRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> caseIds) {}

    @Serdeable
    @Schema(name = "ExportFaelleNetzwerk", description = "Fälle anderer Jobcenter und unbekannte fehlen")
    record Cases(List<NetworkExportService.CaseParts> cases) {}

    @Get("/partners")
    @Operation(summary = "Alle Partner des Jobcenters als Datensätze des Übernahmeformats")
    Partners partners(Authentication authentication) {
        return new Partners(exports.partners(CurrentUser.of(authentication)));
    }

    @Get("/consent-forms")
    @Operation(summary = "Alle Versionen der Einwilligungsformulare als Datensätze des Übernahmeformats")
    Forms forms(Authentication authentication) {
        return new Forms(exports.forms(CurrentUser.of(authentication)));
    }

    @Post("/cases")
    @Operation(summary = "Einwilligungen und Überweisungen der Fälle im Übernahmeformat")
    Cases cases(@Valid @Body CasesRequest request, Authentication authentication) {
        return new Cases(exports.cases(CurrentUser.of(authentication), request.caseIds()));
    }
}
