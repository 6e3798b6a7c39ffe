package de.lotse.network.referrals.api;

import de.lotse.network.referrals.application.ReferralService;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@OpenAPIGroup("staff")
@Controller("/api/referrals")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(name = "Überweisungen an Partner")
class DueReferralController {
    private final ReferralService referrals;

    DueReferralController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Get("/due{?withinDays}")
    @Operation(summary = "Überweisungen, die bis zum Vorlauf begonnen haben sollten (FM: eigene Fälle; TL: Team)")
    List<ReferralController.ReferralView> due(@Nullable @QueryValue Integer withinDays, Authentication authentication) {
        return referrals.due(CurrentUser.of(authentication), withinDays == null ? 0 : withinDays).stream()
                .map(ReferralController.ReferralView::of)
                .toList();
    }
}
