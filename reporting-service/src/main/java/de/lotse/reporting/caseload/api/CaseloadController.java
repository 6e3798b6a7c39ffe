package de.lotse.reporting.caseload.api;

import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.caseload.application.Caseload;
import de.lotse.reporting.caseload.application.CaseloadQueries;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/caseload")
@Tag(name = "Fallbestand", description = "Offene Fälle je Fallmanager:in und Team")
class CaseloadController {
    private final CaseloadQueries queries;

    CaseloadController(CaseloadQueries queries) {
        this.queries = queries;
    }

    @Get
    @Secured({Roles.FM, Roles.TL, Roles.MANAGEMENT})
    @Operation(summary = "Fallbestand des eigenen Jobcenters",
            description = "Leitung: ganzes Jobcenter; Teamleitung: eigenes Team; Fallmanager:in: eigene Fälle.")
    Caseload caseload(@Parameter(description = "caseManager (Standard) oder team")
                      @Nullable @QueryValue String groupBy, Authentication authentication) {
        return queries.caseload(CurrentUser.of(authentication), groupBy);
    }
}
