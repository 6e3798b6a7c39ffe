package de.lotse.assessment.assessments.api;

import de.lotse.assessment.assessments.application.AssessmentService;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

@Controller("/api")
@ProblemDocs.Standard
@Tag(
        name = "Assessment",
        description = "Profiling: Handlungsbedarfe, Stärken, Prognose, Profillage; Fortschritt zwischen Versionen")
class AssessmentController {
    private final AssessmentService assessments;

    AssessmentController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Post("/cases/{caseId}/assessments")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Neue Version abschließen (veröffentlicht assessment-completed mit den Zugangsfakten)")
    HttpResponse<AssessmentViews.Full> complete(
            @PathVariable UUID caseId, @Valid @Body AssessmentRequest request, Authentication authentication) {
        AssessmentService.CaseAssessment completed =
                assessments.complete(CurrentUser.of(authentication), caseId, request.toDraft());
        return HttpResponse.created(
                AssessmentViews.Full.of(completed),
                URI.create("/api/cases/" + caseId + "/assessments/"
                        + completed.assessment().version()));
    }

    @Get("/cases/{caseId}/assessments/latest")
    @ProblemDocs.NotFound
    @Secured({Roles.FM, Roles.TL})
    @Operation(
            summary = "Aktuelle Version mit geschützten Inhalten (zuständige FM, Vertretung, TL; wird protokolliert)")
    AssessmentViews.Full latest(@PathVariable UUID caseId, Authentication authentication) {
        return AssessmentViews.Full.of(assessments.read(CurrentUser.of(authentication), caseId, null));
    }

    @Get("/cases/{caseId}/assessments/{version}")
    @ProblemDocs.NotFound
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Eine Version mit geschützten Inhalten (wird protokolliert)")
    AssessmentViews.Full version(@PathVariable UUID caseId, @PathVariable int version, Authentication authentication) {
        return AssessmentViews.Full.of(assessments.read(CurrentUser.of(authentication), caseId, version));
    }

    @Get("/cases/{caseId}/assessments")
    @ProblemDocs.NotFound
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Alle Versionen (wird protokolliert)")
    List<AssessmentViews.Full> history(@PathVariable UUID caseId, Authentication authentication) {
        return assessments.history(CurrentUser.of(authentication), caseId).stream()
                .map(AssessmentViews.Full::of)
                .toList();
    }

    @Get("/cases/{caseId}/assessment-summary")
    @ProblemDocs.NotFound
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Übersicht ohne geschützte Inhalte für das Team")
    AssessmentViews.Summary summary(@PathVariable UUID caseId, Authentication authentication) {
        return AssessmentViews.Summary.of(assessments.summary(CurrentUser.of(authentication), caseId));
    }

    @Get("/cases/{caseId}/progress")
    @ProblemDocs.NotFound
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Fortschritt zwischen zwei Versionen (Standard: erste und aktuelle)")
    AssessmentViews.ProgressView progress(
            @PathVariable UUID caseId,
            @Nullable @QueryValue Integer from,
            @Nullable @QueryValue Integer to,
            Authentication authentication) {
        return AssessmentViews.ProgressView.of(assessments.progress(CurrentUser.of(authentication), caseId, from, to));
    }

    @Get("/resubmissions")
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Wiedervorlagen (X, Y, Z) und ablaufende Gültigkeit im Monat, Überfälliges eingeschlossen")
    List<AssessmentViews.DueView> due(@Nullable @QueryValue String month, Authentication authentication) {
        YearMonth yearMonth;
        try {
            yearMonth = month == null ? YearMonth.from(assessments.today()) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("month", "Pattern", "Der Monat hat die Form JJJJ-MM.");
        }
        return assessments.due(CurrentUser.of(authentication), yearMonth).stream()
                .map(AssessmentViews.DueView::of)
                .toList();
    }
}
