package de.lotse.intake.cases.api;

import de.lotse.intake.cases.application.CaseQueries;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api")
@ProblemDocs.Standard
@Tag(
        name = "Fristen",
        description = "Was fällig ist: Zuordnung, Einstiegsberatung, Klärungsphase, Höchstdauer, Übergang U25/Ü25")
class WorkListController {
    private final CaseQueries queries;

    WorkListController(CaseQueries queries) {
        this.queries = queries;
    }

    @Get("/deadlines")
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Fristen der nächsten Tage und alle überfälligen (FM: eigene Fälle, TL: Team)")
    Page<ListViews.DeadlineView> deadlines(
            @Nullable @QueryValue Integer withinDays,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication authentication) {
        return queries.deadlines(CurrentUser.of(authentication), days(withinDays, 7), PageRequest.of(page, size))
                .map(ListViews.DeadlineView::of);
    }

    @Get("/transfers/u25")
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "U25-Fälle, deren Kundin / Kunde das 25. Lebensjahr vollendet (mit laufenden Maßnahmen)")
    Page<ListViews.U25Line> u25(
            @Nullable @QueryValue Integer withinDays,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication authentication) {
        return queries.reachingTwentyFive(
                        CurrentUser.of(authentication), days(withinDays, 90), PageRequest.of(page, size))
                .map(ListViews.U25Line::of);
    }

    private static int days(Integer value, int fallback) {
        int days = value == null ? fallback : value;
        if (days < 0 || days > 366) {
            throw ProblemException.invalid("withinDays", "Range", "Der Zeitraum liegt zwischen 0 und 366 Tagen.");
        }
        return days;
    }
}
