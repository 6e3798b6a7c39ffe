package de.lotse.network.imports.api;

import de.lotse.network.imports.application.NetworkImport;
import de.lotse.network.imports.application.NetworkImportService;
import de.lotse.network.imports.application.NetworkRecord;
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
 * The network's part of a migration from another system (docs/import.md): the Jobcenter's partners and consent
 * form versions, then the consents and partner referrals of each case intake has taken over. Checked before
 * anything is written; only the Jobcenter's administration imports.
 */
@Controller("/api/import")
@ProblemDocs.Standard
@Tag(name = "Übernahme", description = "Übernahme laufender Fälle mit ihrer Geschichte aus einem anderen System")
class ImportController {
    private final NetworkImportService imports;

    ImportController(NetworkImportService imports) {
        this.imports = imports;
    }

    @Serdeable
    @Schema(name = "UebernahmePruefungNetzwerkDatensaetze", description = "Bis zu 500 Partner und Formularversionen")
    record RecordCheckRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid NetworkRecord> records) {}

    @Serdeable
    @Schema(name = "UebernahmePruefungNetzwerk", description = "Bis zu 500 Fälle, geprüft ohne etwas zu speichern")
    record CheckRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid NetworkImport> cases) {}

    @Serdeable
    @Schema(name = "UebernahmeErgebnisNetzwerkDatensatz")
    record RecordOutcome(
            UUID id,

            @Schema(description = "CREATED, UNCHANGED oder UPDATED")
            String result,

            @Schema(description = "die geänderten Felder") List<String> changes) {}

    @Serdeable
    @Schema(name = "UebernahmeErgebnisNetzwerk")
    record Outcome(
            UUID caseId,
            @Schema(description = "UNCHANGED oder UPDATED") String result,

            @Schema(description = "die übernommenen Einträge (Feld und Tag)")
            List<String> changes) {}

    @Post("/records/validation")
    @Secured(Roles.ADMIN)
    @Operation(
            summary = "Partner und Formularversionen prüfen, wie ihre Übernahme sie prüfen würde; nichts wird"
                    + " gespeichert")
    List<ImportChecks.CheckedView> checkRecords(
            @Valid @Body RecordCheckRequest request, Authentication authentication) {
        return ImportChecks.CheckedView.of(imports.checkRecords(CurrentUser.of(authentication), request.records()));
    }

    @Put("/partners")
    @ProblemDocs.Unprocessable
    @Secured(Roles.ADMIN)
    @Operation(
            summary = "Einen Partner übernehmen (wiederholbar: unverändert bleibt er, geänderte Stammdaten werden"
                    + " aktualisiert)")
    RecordOutcome importPartner(@Valid @Body NetworkRecord record, Authentication authentication) {
        return of(imports.importRecord(CurrentUser.of(authentication), "partner", record));
    }

    @Put("/consent-forms")
    @ProblemDocs.Unprocessable
    @Secured(Roles.ADMIN)
    @Operation(
            summary = "Eine Version eines Einwilligungsformulars übernehmen (wiederholbar; eine übernommene"
                    + " Version ist unveränderlich)")
    RecordOutcome importForm(@Valid @Body NetworkRecord record, Authentication authentication) {
        return of(imports.importRecord(CurrentUser.of(authentication), "consentForm", record));
    }

    @Post("/cases/validation")
    @Secured(Roles.ADMIN)
    @Operation(
            summary = "Netzwerkteile von Fällen prüfen, wie ihre Übernahme sie prüfen würde; nichts wird"
                    + " gespeichert")
    List<ImportChecks.CheckedView> check(@Valid @Body CheckRequest request, Authentication authentication) {
        return ImportChecks.CheckedView.of(imports.check(CurrentUser.of(authentication), request.cases()));
    }

    @Put("/cases/{caseId}")
    @ProblemDocs.NotFound
    @ProblemDocs.Unprocessable
    @Secured(Roles.ADMIN)
    @Operation(
            summary = "Einwilligungen und Überweisungen eines von der Fallaufnahme übernommenen Falls übernehmen"
                    + " (wiederholbar: Bekanntes bleibt unverändert, Neues wird ergänzt)")
    Outcome importCase(@PathVariable UUID caseId, @Valid @Body NetworkImport record, Authentication authentication) {
        NetworkImportService.Outcome outcome = imports.importCase(CurrentUser.of(authentication), caseId, record);
        return new Outcome(outcome.caseId(), outcome.changes().isEmpty() ? "UNCHANGED" : "UPDATED", outcome.changes());
    }

    private static RecordOutcome of(NetworkImportService.RecordOutcome outcome) {
        return new RecordOutcome(outcome.id(), outcome.result(), outcome.changes());
    }
}
