package de.lotse.intake.cases.api;

import de.lotse.intake.cases.application.CaseWorkService;
import de.lotse.intake.cases.application.ClosureService;
import de.lotse.intake.cases.domain.Handover;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

@Controller("/api/cases/{caseId}")
@ProblemDocs.Standard
@Tag(name = "Betreuung", description = "Einstiegsberatung, Vertretung, Neuzuordnung, Übergaben und Fallabgang")
class CaseWorkController {
    private final CaseWorkService work;
    private final ClosureService closures;

    CaseWorkController(CaseWorkService work, ClosureService closures) {
        this.work = work;
        this.closures = closures;
    }

    @Put("/first-consultation")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Termin der Einstiegsberatung setzen")
    CaseView schedule(
            @PathVariable UUID caseId, @Valid @Body WorkRequests.Appointment request, Authentication authentication) {
        return CaseView.of(
                work.scheduleFirstConsultation(CurrentUser.of(authentication), caseId, request.scheduledOn()));
    }

    @Post("/first-consultation/held")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Einstiegsberatung durchgeführt: Umstellung auf Hauptbetreuung, Beginn der Klärungsphase")
    CaseView held(@PathVariable UUID caseId, @Valid @Body WorkRequests.Held request, Authentication authentication) {
        return CaseView.of(work.recordFirstConsultation(CurrentUser.of(authentication), caseId, request.heldOn()));
    }

    @Put("/deputy")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Abwesenheitsvertretung eintragen")
    CaseView deputy(
            @PathVariable UUID caseId, @Valid @Body WorkRequests.Deputy request, Authentication authentication) {
        return CaseView.of(work.assignDeputy(
                CurrentUser.of(authentication),
                caseId,
                request.deputyId(),
                request.from(),
                request.until(),
                request.customerAgreed()));
    }

    @Delete("/deputy")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Abwesenheitsvertretung heute beenden")
    CaseView endDeputy(@PathVariable UUID caseId, Authentication authentication) {
        return CaseView.of(work.endDeputy(CurrentUser.of(authentication), caseId));
    }

    @Post("/reassignment")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured(Roles.TL)
    @Operation(summary = "Fall einer anderen Fachkraft des Teams zuordnen (Teamleitung)")
    CaseView reassign(
            @PathVariable UUID caseId, @Valid @Body WorkRequests.Reassignment request, Authentication authentication) {
        return CaseView.of(work.reassign(
                CurrentUser.of(authentication),
                caseId,
                request.caseManagerId(),
                Boolean.TRUE.equals(request.overrideCaseloadRatio()),
                request.note()));
    }

    @Post("/transfer")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(
            summary = "Übergabe im Jobcenter: U25→Ü25, Standortwechsel, Neuorganisation, an das arbeitsmarktnahe "
                    + "Fallmanagement und begründet zurück")
    CaseView transfer(
            @PathVariable UUID caseId, @Valid @Body WorkRequests.Transfer request, Authentication authentication) {
        return CaseView.of(work.transfer(
                CurrentUser.of(authentication),
                caseId,
                new CaseWorkService.Transfer(
                        request.kind(),
                        request.toTeamId(),
                        request.toCaseManagerId(),
                        Boolean.TRUE.equals(request.despiteRunningMeasures()),
                        Boolean.TRUE.equals(request.overrideCaseloadRatio()),
                        request.note())));
    }

    @Post("/benefit-decision")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.AV, Roles.FM, Roles.TL})
    @Operation(
            summary =
                    "Bewilligung der Leistungen erfassen (Beginn der Frist für das Erstgespräch, wo die Richtlinie sie kennt)")
    CaseView benefitDecision(
            @PathVariable UUID caseId,
            @Valid @Body WorkRequests.BenefitDecision request,
            Authentication authentication) {
        return CaseView.of(work.recordBenefitDecision(CurrentUser.of(authentication), caseId, request.decidedOn()));
    }

    @Post("/market-near/invitation")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Schriftliche Einladung nach der Übergabe an das arbeitsmarktnahe Fallmanagement erfassen")
    CaseView marketNearInvitation(
            @PathVariable UUID caseId, @Valid @Body WorkRequests.Invitation request, Authentication authentication) {
        return CaseView.of(work.recordMarketNearInvitation(CurrentUser.of(authentication), caseId, request.sentOn()));
    }

    @Post("/market-near/review")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(
            summary =
                    "Arbeitsmarktnahe Betreuung nach Einzelfallprüfung fortführen (nächste Prüfung nach der Frist der Richtlinie)")
    CaseView marketNearReview(
            @PathVariable UUID caseId,
            @Valid @Body WorkRequests.MarketNearReview request,
            Authentication authentication) {
        return CaseView.of(work.continueMarketNear(CurrentUser.of(authentication), caseId, request.note()));
    }

    @Post("/reactivation-instruction")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Rechtsfolgenbelehrung bei Reaktivierung aus den Kategorien X, Y, Z erfassen")
    CaseView reactivationInstruction(
            @PathVariable UUID caseId,
            @Valid @Body WorkRequests.ReactivationInstruction request,
            Authentication authentication) {
        return CaseView.of(
                work.recordReactivationInstruction(CurrentUser.of(authentication), caseId, request.givenOn()));
    }

    @Put("/u25-target-group")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Zielgruppe U25 erfassen oder ändern (mit Stichtag für Schüler und Ausbildungsabsolventen)")
    CaseView u25TargetGroup(
            @PathVariable UUID caseId, @Valid @Body WorkRequests.TargetGroup request, Authentication authentication) {
        return CaseView.of(work.assignU25TargetGroup(
                CurrentUser.of(authentication), caseId, request.targetGroup(), request.keyDate()));
    }

    @Post("/closure")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Fallabgang mit Grund aus dem Katalog der Richtlinie, warme Übergabe an die AV")
    CaseView close(
            @PathVariable UUID caseId, @Valid @Body WorkRequests.Closure request, Authentication authentication) {
        WorkRequests.Handover h = request.handover();
        return CaseView.of(closures.close(
                        CurrentUser.of(authentication),
                        caseId,
                        new ClosureService.Close(
                                request.reasonCode(),
                                request.closedOn(),
                                h == null
                                        ? null
                                        : new Handover(h.avId(), h.on(), Boolean.TRUE.equals(h.teamLeadInvolved())),
                                request.afterCareUntil(),
                                request.note()))
                .closed());
    }

    @Post("/relocation")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Umzug in ein anderes Jobcenter: Abgang hier (MOVED), nahtlose Übernahme dort")
    CaseView relocate(
            @PathVariable UUID caseId, @Valid @Body WorkRequests.Relocation request, Authentication authentication) {
        return CaseView.of(closures.relocate(
                        CurrentUser.of(authentication),
                        caseId,
                        request.toJobcenterId(),
                        request.toTeamId(),
                        request.note())
                .closed());
    }
}
