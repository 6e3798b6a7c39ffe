package de.lotse.intake.eligibility.api;

import de.lotse.intake.eligibility.application.EligibilityCheck;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/eligibility-checks")
@ProblemDocs.Standard
@Tag(name = "Zugangsprüfung", description = "Zugangskriterien nach der Richtlinie des Jobcenters prüfen und erklären")
class EligibilityController {
    private final EligibilityCheck check;

    EligibilityController(EligibilityCheck check) {
        this.check = check;
    }

    @Post
    @ProblemDocs.Unprocessable
    @Secured({Roles.AV, Roles.FM, Roles.TL})
    @Operation(
            summary =
                    "Zugangskriterien prüfen (nichts wird gespeichert; Lesen von Assessment-Fakten wird protokolliert)")
    EligibilityView check(@Valid @Body EligibilityCheckRequest request, Authentication authentication) {
        return EligibilityView.of(check.check(
                CurrentUser.of(authentication), request.customerNumber(), FactsInput.toFacts(request.facts())));
    }
}
