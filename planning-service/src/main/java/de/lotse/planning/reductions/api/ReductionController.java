package de.lotse.planning.reductions.api;

import de.lotse.planning.reductions.application.ReductionService;
import de.lotse.planning.reductions.domain.Ground;
import de.lotse.planning.reductions.domain.ReductionCheck;
import de.lotse.platform.input.MultiLine;
import de.lotse.platform.problem.ProblemDocs;
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
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller("/api/cases/{caseId}/reduction-checks")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(
        name = "Prüfung Leistungsminderung",
        description =
                "Dokumentation nach §§ 31–32 SGB II: die Pflichtverletzung als "
                        + "Eintrag ihrer Art (schriftliche Aufforderung, abgelehntes Angebot, abgebrochene Maßnahme), Belehrung, wichtiger "
                        + "Grund, außergewöhnliche Härte, spätere Bereitschaft. Eine Einwilligung ist nie eine Pflicht und nie ein Grund.")
class ReductionController {
    private final ReductionService checks;

    ReductionController(ReductionService checks) {
        this.checks = checks;
    }

    @Serdeable
    @Schema(name = "MinderungspruefungGrundlage")
    record GroundRequest(
            @Schema(
                    description = "Art des zitierten Eintrags: schriftliche Aufforderung, Angebot oder "
                            + "abgebrochene Maßnahme")
            @NotNull
            Ground.Kind kind,

            @Schema(description = "Der zitierte Eintrag desselben Falls") @NotNull
            UUID id) {}

    @Serdeable
    @Schema(name = "Minderungspruefung")
    record CheckRequest(
            @Schema(
                    description = "Die Pflichtverletzung als Eintrag ihrer Art; freier Text begründet nie "
                            + "eine Minderung")
            @NotNull
            @Valid
            GroundRequest ground,

            @Schema(
                    description =
                            "Tag der Pflichtverletzung; bei Angebot und Maßnahme ergibt er sich aus dem " + "Eintrag")
            @Nullable
            LocalDate breachOn,

            @Schema(
                    description = "Rechtsfolgenbelehrung erteilt am — nur bei einer abgebrochenen Maßnahme; "
                            + "sonst gilt die Belehrung der Aufforderung oder des Angebots")
            @Nullable
            LocalDate instructionGivenOn,

            @Schema(description = "Wichtiger Grund liegt vor") @Nullable
            Boolean importantReason,

            @Schema(description = "Außergewöhnliche Härte liegt vor") @Nullable
            Boolean exceptionalHardship,

            @Schema(description = "Spätere Bereitschaft erklärt am") @Nullable
            LocalDate willingnessDeclaredOn,

            @Schema(description = "NO_REDUCTION oder REDUCTION_PROPOSED") @NotNull
            ReductionCheck.Outcome outcome,

            @Schema(description = "Begründung") @MultiLine @NotBlank @Size(max = 5000)
            String justification) {}

    @Serdeable
    @Schema(name = "MinderungspruefungAnsicht")
    record CheckView(
            UUID id,
            String breach,
            @Nullable String groundKind,
            @Nullable UUID groundId,
            LocalDate breachOn,
            @Nullable LocalDate instructionGivenOn,
            boolean importantReason,
            boolean exceptionalHardship,
            @Nullable LocalDate willingnessDeclaredOn,
            String outcome,
            String justification,
            String checkedBy,
            Instant checkedAt) {
        static CheckView of(ReductionCheck r) {
            return new CheckView(
                    r.id(),
                    r.breach().name(),
                    r.ground() == null ? null : r.ground().kind().name(),
                    r.ground() == null ? null : r.ground().id(),
                    r.breachOn(),
                    r.instructionGivenOn(),
                    r.importantReason(),
                    r.exceptionalHardship(),
                    r.willingnessDeclaredOn(),
                    r.outcome().name(),
                    r.justification(),
                    r.checkedBy(),
                    r.checkedAt());
        }
    }

    @Post
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Prüfung dokumentieren")
    HttpResponse<CheckView> record(
            @PathVariable UUID caseId, @Valid @Body CheckRequest request, Authentication authentication) {
        ReductionCheck check = checks.record(
                CurrentUser.of(authentication),
                caseId,
                new ReductionService.Input(
                        new Ground(request.ground().kind(), request.ground().id()),
                        request.breachOn(),
                        request.instructionGivenOn(),
                        Boolean.TRUE.equals(request.importantReason()),
                        Boolean.TRUE.equals(request.exceptionalHardship()),
                        request.willingnessDeclaredOn(),
                        request.outcome(),
                        request.justification()));
        return HttpResponse.created(CheckView.of(check), URI.create("/api/cases/" + caseId + "/reduction-checks"));
    }

    @Get
    @ProblemDocs.NotFound
    @Operation(summary = "Dokumentierte Prüfungen (wird protokolliert)")
    List<CheckView> list(@PathVariable UUID caseId, Authentication authentication) {
        return checks.list(CurrentUser.of(authentication), caseId).stream()
                .map(CheckView::of)
                .toList();
    }
}
