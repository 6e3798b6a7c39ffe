package de.lotse.intake.cases.api;

import de.lotse.intake.cases.application.CaseService;
import de.lotse.intake.cases.application.ReferralCommand;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

@Controller("/api")
@Tag(name = "Fälle", description = "Vormerkung und Fallzugang")
class CaseController {
    private final CaseService cases;

    CaseController(CaseService cases) {
        this.cases = cases;
    }

    @Post("/referrals")
    @Secured({Roles.AV, Roles.TL})
    @Operation(summary = "Kundin / Kunden für das Fallmanagement vormerken")
    HttpResponse<CaseView> refer(@Valid @Body ReferralRequest request, Authentication authentication) {
        CaseView view = CaseView.of(cases.refer(CurrentUser.of(authentication), new ReferralCommand(
                request.customerNumber(), request.firstName(), request.lastName(), request.dateOfBirth(),
                request.route(), request.reasons(), request.teamId(), request.note())));
        return HttpResponse.created(view, URI.create("/api/cases/" + view.caseId()));
    }

    @Post("/cases/{caseId}/admission")
    @Secured(Roles.FM)
    @Operation(summary = "Vorgemerkten Fall ins Fallmanagement aufnehmen (Fallzugang)")
    CaseView admit(@PathVariable UUID caseId, @Valid @Body AdmissionRequest request, Authentication authentication) {
        return CaseView.of(cases.admit(CurrentUser.of(authentication), caseId,
                request.customerWilling(), request.admittedOn()));
    }

    @Get("/cases/{caseId}")
    @Secured({Roles.AV, Roles.FM, Roles.TL})
    @Operation(summary = "Fall mit Kundendaten lesen (wird protokolliert)")
    CaseView get(@PathVariable UUID caseId, Authentication authentication) {
        return CaseView.of(cases.view(CurrentUser.of(authentication), caseId));
    }
}
