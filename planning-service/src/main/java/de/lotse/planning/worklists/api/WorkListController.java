package de.lotse.planning.worklists.api;

import de.lotse.planning.worklists.application.WorkLists;
import de.lotse.platform.problem.ProblemDocs;
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
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/worklists")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(
        name = "Arbeitslisten",
        description = "Was fällig ist: Kontakte, Fortführungsprüfungen und Höchstdauer, "
                + "Vereinbarungen, endende Maßnahmen (FM: eigene Fälle und Vertretungen; TL: das Team)")
@SerdeImport(WorkLists.ContactDue.class)
@SerdeImport(WorkLists.ReviewDue.class)
@SerdeImport(WorkLists.AgreementExpiring.class)
@SerdeImport(WorkLists.MeasureEnding.class)
class WorkListController {
    private static final int DEFAULT_WITHIN_DAYS = 14;

    private final WorkLists lists;

    WorkListController(WorkLists lists) {
        this.lists = lists;
    }

    @Get("/contacts-due{?withinDays,page,size}")
    @Operation(
            summary =
                    "Kontakte fällig (nächster zählender Kontakt im Vorlauf oder überfällig; Kontaktdichte nicht erfüllt)")
    Page<WorkLists.ContactDue> contactsDue(
            @Nullable @QueryValue Integer withinDays,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication authentication) {
        return lists.contactsDue(CurrentUser.of(authentication), days(withinDays), PageRequest.of(page, size));
    }

    @Get("/reviews-due{?withinDays,page,size}")
    @Operation(
            summary = "Fortführungsprüfungen fällig, empfohlene Beendigungen, Höchstdauer endet (3 Monate Vorwarnung)")
    Page<WorkLists.ReviewDue> reviewsDue(
            @Nullable @QueryValue Integer withinDays,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication authentication) {
        return lists.reviewsDue(CurrentUser.of(authentication), days(withinDays), PageRequest.of(page, size));
    }

    @Get("/agreements-expiring{?withinDays,page,size}")
    @Operation(summary = "Vereinbarungen, die im Vorlauf ablaufen oder abgelaufen sind")
    Page<WorkLists.AgreementExpiring> agreementsExpiring(
            @Nullable @QueryValue Integer withinDays,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication authentication) {
        return lists.agreementsExpiring(CurrentUser.of(authentication), days(withinDays), PageRequest.of(page, size));
    }

    @Get("/measures-ending{?withinDays,page,size}")
    @Operation(summary = "Maßnahmen, deren geplantes Ende naht, mit Erinnerung an die Fallkonferenz")
    Page<WorkLists.MeasureEnding> measuresEnding(
            @Nullable @QueryValue Integer withinDays,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication authentication) {
        return lists.measuresEnding(CurrentUser.of(authentication), days(withinDays), PageRequest.of(page, size));
    }

    private static int days(Integer withinDays) {
        return withinDays == null ? DEFAULT_WITHIN_DAYS : withinDays;
    }
}
