package de.lotse.reporting.caseload.api;

import de.lotse.platform.problem.Problem;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.caseload.application.CaseloadQueries;
import de.lotse.reporting.caseload.domain.Caseload;
import de.lotse.reporting.caseload.domain.CaseloadGrouping;
import de.lotse.reporting.caseload.domain.CaseloadLine;
import de.lotse.reporting.caseload.domain.Utilisation;
import de.lotse.reporting.export.Csv;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/caseload")
@ProblemDocs.Standard
@Tag(
        name = "Fallbestand",
        description = "Offene Fälle je Fallmanager:in, Team und Jobcenter gegen den "
                + "Betreuungsschlüssel der Richtlinie (Lesemodell aus Ereignissen)")
class CaseloadController {
    private final CaseloadQueries queries;

    CaseloadController(CaseloadQueries queries) {
        this.queries = queries;
    }

    @Get
    @Secured({Roles.MANAGEMENT, Roles.TL, Roles.FM})
    @Operation(
            summary = "Fallbestand des eigenen Jobcenters",
            description = "Offene Fälle mit Aufteilung U25/Ü25, je Zeile und gesamt gemessen am Betreuungsschlüssel "
                    + "der Richtlinie (Grenze, Auslastung, Bewertung). Leitung sieht das ganze Jobcenter, Teamleitung "
                    + "das eigene Team, Fallmanager:innen nur die eigene Zeile. Immer auf das Jobcenter des Tokens "
                    + "beschränkt. Lotse kennt noch keine Stellenanteile: jede Fallmanager:in mit mindestens einem "
                    + "offenen Fall zählt als eine Vollzeitstelle.")
    @ApiResponse(responseCode = "200", description = "Fallbestand")
    @ApiResponse(
            responseCode = "400",
            description = "Unbekannte Gruppierung (Feld groupBy)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Nicht angemeldet")
    @ApiResponse(
            responseCode = "403",
            description = "Rolle ohne Einsicht in den Fallbestand oder Token ohne Jobcenter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    CaseloadView caseload(
            @Parameter(
                            description = "Gruppierung: caseManager (Standard) oder team",
                            schema = @Schema(allowableValues = {"caseManager", "team"}))
                    @Nullable
                    @QueryValue
                    String groupBy,
            Authentication authentication) {
        return CaseloadView.of(queries.caseload(CurrentUser.of(authentication), groupBy));
    }

    @Get(value = "/export{?groupBy}", produces = "text/csv")
    @Secured({Roles.MANAGEMENT, Roles.TL, Roles.FM})
    @Operation(
            operationId = "exportCaseload",
            summary = "Derselbe Fallbestand als CSV",
            description = "Semikolon, UTF-8 mit BOM, Dezimalkomma; dieselbe Sichtbarkeit wie GET /api/caseload. "
                    + "Eine Zeile je Fallmanager:in bzw. Team, zuletzt die Zeile „Gesamt“ über den sichtbaren Bereich. "
                    + "Geschützte Werte stehen als „geschützt“; für die Leitung heißt die Datei nach dem Stichtag, den "
                    + "auch der Kopf Lotse-Stichtag nennt.")
    @ApiResponse(
            responseCode = "200",
            description = "fallbestand.csv",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(
            responseCode = "400",
            description = "Unbekannte Gruppierung (Feld groupBy)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Nicht angemeldet")
    @ApiResponse(
            responseCode = "403",
            description = "Rolle ohne Einsicht in den Fallbestand oder Token ohne Jobcenter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<byte[]> export(
            @Parameter(
                            description = "Gruppierung: caseManager (Standard) oder team",
                            schema = @Schema(allowableValues = {"caseManager", "team"}))
                    @Nullable
                    @QueryValue
                    String groupBy,
            Authentication authentication) {
        Caseload caseload = queries.caseload(CurrentUser.of(authentication), groupBy);
        Csv csv = Csv.withHeader(
                caseload.grouping() == CaseloadGrouping.TEAM ? "Team" : "Fallmanager:in",
                "Offene Fälle",
                "U25",
                "Ü25",
                "Fallmanager:innen",
                "Fälle je Fallmanager:in",
                "Grenze laut Betreuungsschlüssel",
                "Auslastung %",
                "Bewertung");
        caseload.lines().forEach(line -> csv.row(cells(line.key(), caseload, line)));
        csv.row(cells("Gesamt", caseload, caseload.total()));
        return csv.download(
                caseload.reportingDate() == null
                        ? "fallbestand.csv"
                        : "fallbestand-" + caseload.reportingDate() + ".csv",
                caseload.reportingDate());
    }

    private static Object[] cells(String label, Caseload caseload, CaseloadLine line) {
        Caseload.Withheld withheld = caseload.withheld(line);
        Utilisation utilisation = caseload.utilisation(line);
        boolean measures = withheld.measures(caseload.ratio());
        // decimal comma: German Excel reads "2.5" as a date or text, not as a number
        return new Object[] {
            label,
            withheld.openCases() ? Csv.SUPPRESSED : line.openCases(),
            withheld.u25() ? Csv.SUPPRESSED : line.u25(),
            withheld.ue25() ? Csv.SUPPRESSED : line.ue25(),
            line.caseManagers(),
            withheld.openCases()
                    ? Csv.SUPPRESSED
                    : line.casesPerCaseManager().toPlainString().replace('.', ','),
            measures ? null : utilisation.limit(),
            measures ? null : utilisation.percent(),
            CaseloadView.label(utilisation.status())
        };
    }
}
