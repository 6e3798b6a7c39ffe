package de.lotse.intake.cases.api;

import de.lotse.intake.cases.application.AdmissionService;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

@Controller("/api/cases/{caseId}")
@ProblemDocs.Standard
@Tag(name = "Fallzugang", description = "Aufnahme oder Ablehnung durch das FM, Eskalation an die Teamleitung")
class AdmissionController {
    private final AdmissionService admissions;

    AdmissionController(AdmissionService admissions) {
        this.admissions = admissions;
    }

    @Post("/admission")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured(Roles.FM)
    @Operation(summary = "Vorgemerkten Fall ins Fallmanagement aufnehmen (Fallzugang)")
    CaseView admit(@PathVariable UUID caseId, @Valid @Body AdmissionRequest request, Authentication authentication) {
        return CaseView.of(admissions.admit(
                CurrentUser.of(authentication),
                caseId,
                new AdmissionService.Admit(
                        request.customerWilling(),
                        request.admittedOn(),
                        request.jointCaseDiscussionOn(),
                        request.supportVariant(),
                        request.note())));
    }

    @Post("/decline")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured(Roles.FM)
    @Operation(summary = "Vormerkung ablehnen (mit Grund)")
    CaseView decline(
            @PathVariable UUID caseId, @Valid @Body DecisionRequests.Decline request, Authentication authentication) {
        return CaseView.of(
                admissions.decline(CurrentUser.of(authentication), caseId, request.reason(), request.note()));
    }

    @Post("/escalation")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured(Roles.AV)
    @Operation(summary = "Ablehnung der Teamleitung vorlegen (vormerkende AV, einmalig)")
    CaseView escalate(
            @PathVariable UUID caseId, @Valid @Body DecisionRequests.Escalate request, Authentication authentication) {
        return CaseView.of(admissions.escalate(CurrentUser.of(authentication), caseId, request.statement()));
    }

    @Post("/escalation/decision")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured(Roles.TL)
    @Operation(summary = "Endgültige Entscheidung der Teamleitung über die Eskalation")
    CaseView decide(
            @PathVariable UUID caseId, @Valid @Body DecisionRequests.Decide request, Authentication authentication) {
        return CaseView.of(admissions.decideEscalation(
                CurrentUser.of(authentication),
                caseId,
                new AdmissionService.Decide(
                        request.admit(),
                        request.note(),
                        request.caseManagerId(),
                        request.customerWilling(),
                        request.jointCaseDiscussionOn(),
                        request.supportVariant(),
                        Boolean.TRUE.equals(request.overrideCaseloadRatio()))));
    }

    @Post("/caseload-overrides")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.NO_CONTENT)
    @Secured(Roles.TL)
    @Operation(summary = "Zuordnung über den Betreuungsschlüssel hinaus freigeben (Teamleitung)")
    HttpResponse<Void> allowOverCaseload(
            @PathVariable UUID caseId,
            @Valid @Body DecisionRequests.CaseloadOverride request,
            Authentication authentication) {
        admissions.allowOverCaseload(CurrentUser.of(authentication), caseId, request.caseManagerId(), request.reason());
        return HttpResponse.noContent();
    }
}
