package de.lotse.reporting.caseload.api;

import de.lotse.platform.problem.Problem;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.caseload.application.CaseloadQueries;
import io.micronaut.core.annotation.Nullable;
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
@Tag(name = "Fallbestand", description = "Offene Fälle je Fallmanager:in und Team (Lesemodell aus Ereignissen)")
class CaseloadController {
    private final CaseloadQueries queries;

    CaseloadController(CaseloadQueries queries) {
        this.queries = queries;
    }

    @Get
    @Secured({Roles.MANAGEMENT, Roles.TL, Roles.FM})
    @Operation(summary = "Fallbestand des eigenen Jobcenters",
            description = "Offene Fälle mit Aufteilung U25/Ü25. Leitung sieht das ganze Jobcenter, Teamleitung "
                    + "das eigene Team, Fallmanager:innen nur die eigene Zeile. Immer auf das Jobcenter des Tokens "
                    + "beschränkt.")
    @ApiResponse(responseCode = "200", description = "Fallbestand")
    @ApiResponse(responseCode = "400", description = "Unbekannte Gruppierung (Feld groupBy)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Nicht angemeldet")
    @ApiResponse(responseCode = "403", description = "Rolle ohne Einsicht in den Fallbestand oder Token ohne Jobcenter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    CaseloadView caseload(@Parameter(description = "Gruppierung: caseManager (Standard) oder team",
                                  schema = @Schema(allowableValues = {"caseManager", "team"}))
                          @Nullable @QueryValue String groupBy, Authentication authentication) {
        return CaseloadView.of(queries.caseload(CurrentUser.of(authentication), groupBy));
    }
}
