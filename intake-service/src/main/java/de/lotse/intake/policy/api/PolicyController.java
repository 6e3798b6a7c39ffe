package de.lotse.intake.policy.api;

import de.lotse.intake.policy.application.PolicyService;
import de.lotse.intake.policy.domain.JobcenterPolicy;
import de.lotse.intake.policy.domain.Preset;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
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
import java.util.Arrays;
import java.util.List;

@Controller("/api/policy")
@ProblemDocs.Standard
@Tag(name = "Richtlinie", description = "Lokale Umsetzungsstrategie des Jobcenters: Vorlagen, Versionen, Anpassung")
class PolicyController {
    private final PolicyService policies;

    PolicyController(PolicyService policies) {
        this.policies = policies;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.TL, Roles.FM, Roles.AV, Roles.MANAGEMENT})
    @Operation(summary = "Geltende Richtlinie des eigenen Jobcenters")
    PolicyView current(Authentication authentication) {
        return PolicyView.of(policies.inForce(CurrentUser.of(authentication).requireJobcenter()));
    }

    @Get("/versions")
    @Secured({Roles.ADMIN, Roles.TL, Roles.MANAGEMENT})
    @Operation(summary = "Alle Versionen der Richtlinie, neueste zuerst")
    Page<PolicyView> versions(
            @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size, Authentication authentication) {
        PageRequest request = PageRequest.of(page, size);
        List<JobcenterPolicy> all =
                policies.history(CurrentUser.of(authentication).requireJobcenter());
        List<PolicyView> items = all.stream()
                .skip(request.offset())
                .limit(request.size())
                .map(PolicyView::of)
                .toList();
        return Page.of(items, request, all.size());
    }

    @Get("/versions/{version}")
    @ProblemDocs.NotFound
    @Secured({Roles.ADMIN, Roles.TL, Roles.FM, Roles.AV, Roles.MANAGEMENT})
    @Operation(summary = "Eine Version der Richtlinie (unter der eine Entscheidung getroffen wurde)")
    PolicyView version(@PathVariable int version, Authentication authentication) {
        return PolicyView.of(policies.version(CurrentUser.of(authentication).requireJobcenter(), version));
    }

    @Get("/presets")
    @Secured({Roles.ADMIN, Roles.TL, Roles.MANAGEMENT})
    @Operation(summary = "Vorlagen BA2010, PANKOW, UCKERMARK, TAH mit ihren Einstellungen")
    List<PresetView> presets() {
        return Arrays.stream(Preset.values()).map(PresetView::of).toList();
    }

    @Post("/versions")
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Secured(Roles.ADMIN)
    @Operation(summary = "Neue Version: Vorlage wählen und ggf. anpassen (wird als policy-changed veröffentlicht)")
    HttpResponse<PolicyView> change(@Valid @Body PolicyChangeRequest request, Authentication authentication) {
        JobcenterPolicy policy = policies.change(
                CurrentUser.of(authentication),
                request.basePreset(),
                request.settings(),
                request.note(),
                request.effectiveFrom());
        return HttpResponse.created(PolicyView.of(policy), URI.create("/api/policy/versions/" + policy.version()));
    }
}
