package de.lotse.planning.plans.api;

import de.lotse.planning.plans.application.AgreementPrints;
import de.lotse.planning.plans.application.PlanService;
import de.lotse.planning.plans.domain.Agreement;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/cases/{caseId}")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(
        name = "Integrationsplan und Vereinbarung",
        description = "Leitziel, Zwischenziele, Strategien je Handlungsbedarf, "
                + "Schritte; Eingliederungsvereinbarung / Kooperationsplan mit druckbarem Dokument")
class PlanController {
    private final PlanService plans;
    private final AgreementPrints prints;

    PlanController(PlanService plans, AgreementPrints prints) {
        this.plans = plans;
        this.prints = prints;
    }

    @Get("/plan")
    @ProblemDocs.NotFound
    @Operation(
            summary = "Plan mit Bedarfen und fehlenden Strategien (zuständige FM, Vertretung, TL; wird protokolliert)")
    PlanViews.PlanView plan(@PathVariable UUID caseId, Authentication authentication) {
        return PlanViews.PlanView.of(plans.read(CurrentUser.of(authentication), caseId));
    }

    @Put("/plan")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Operation(
            summary = "Plan speichern (Arbeitsstand; unvollständig erlaubt, die Antwort nennt Bedarfe ohne Strategie)")
    PlanViews.PlanView save(
            @PathVariable UUID caseId, @Valid @Body PlanRequest request, Authentication authentication) {
        return PlanViews.PlanView.of(plans.save(CurrentUser.of(authentication), caseId, request.toDraft()));
    }

    @Post("/agreements")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Vereinbarung abschließen (veröffentlicht plan-agreed); der Plan muss vollständig sein")
    HttpResponse<PlanViews.AgreementView> agree(
            @PathVariable UUID caseId, @Valid @Body AgreementRequest request, Authentication authentication) {
        Agreement agreement =
                plans.agree(CurrentUser.of(authentication), caseId, request.toTerms(), displayName(authentication));
        return HttpResponse.created(
                PlanViews.AgreementView.of(agreement),
                URI.create("/api/cases/" + caseId + "/agreements/" + agreement.id()));
    }

    @Get("/agreements")
    @ProblemDocs.NotFound
    @Operation(summary = "Alle Vereinbarungen des Falls (wird protokolliert)")
    List<PlanViews.AgreementView> agreements(@PathVariable UUID caseId, Authentication authentication) {
        return plans.agreements(CurrentUser.of(authentication), caseId).stream()
                .map(PlanViews.AgreementView::of)
                .toList();
    }

    @Get("/agreements/{agreementId}")
    @ProblemDocs.NotFound
    @Operation(summary = "Eine Vereinbarung (wird protokolliert)")
    PlanViews.AgreementView agreement(
            @PathVariable UUID caseId, @PathVariable UUID agreementId, Authentication authentication) {
        return PlanViews.AgreementView.of(plans.agreement(CurrentUser.of(authentication), caseId, agreementId));
    }

    @Get(value = "/agreements/{agreementId}/document", produces = MediaType.TEXT_HTML)
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @Operation(
            summary = "Druckbares Dokument in einfacher Sprache mit Briefkopf des Jobcenters, Name und Kundennummer "
                    + "(HTML; wird protokolliert). Die Kundendaten liest der Dienst mit der Anmeldung des Aufrufs bei der "
                    + "Fallaufnahme; ist sie nicht erreichbar, antwortet er 503 und druckt nichts.")
    @ApiResponse(responseCode = "503", description = "Die Fallaufnahme ist gerade nicht erreichbar (Retry-After)")
    String document(
            @PathVariable UUID caseId,
            @PathVariable UUID agreementId,
            Authentication authentication,
            @Header(HttpHeaders.AUTHORIZATION) String authorization) {
        return prints.print(
                CurrentUser.of(authentication),
                caseId,
                agreementId,
                authorization.substring(authorization.indexOf(' ') + 1));
    }

    /** The OIDC standard claim {@code name}: the FM's display name, printed on the agreement. */
    private static String displayName(Authentication authentication) {
        Object name = authentication.getAttributes().get("name");
        return name instanceof String text && !text.isBlank() && text.length() <= 200 ? text.strip() : null;
    }
}
