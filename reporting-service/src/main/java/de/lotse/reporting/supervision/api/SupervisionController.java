package de.lotse.reporting.supervision.api;

import de.lotse.platform.input.MultiLine;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.supervision.application.SupervisionService;
import de.lotse.reporting.supervision.domain.Sample;
import de.lotse.reporting.supervision.domain.SupervisionSample;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Controller("/api/supervision/samples")
@ProblemDocs.Standard
@Secured(Roles.TL)
@Tag(
        name = "Fachaufsicht",
        description = "Risikogewichtete Stichprobe des Teams (reproduzierbar über den Seed) und "
                + "Ergebnis der Prüfung je Fall")
class SupervisionController {
    private final SupervisionService supervision;

    SupervisionController(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @Serdeable
    @Schema(name = "StichprobeZiehen")
    record DrawRequest(
            @Schema(description = "Anzahl der Fälle") @Min(1) @Max(SupervisionSample.MAX_SIZE)
            int size,

            @Schema(description = "Seed; ohne Angabe zufällig (wird gespeichert)") @Nullable
            Long seed) {}

    @Serdeable
    @Schema(name = "PruefErgebnis")
    record ReviewRequest(
            @NotNull SupervisionSample.Result result,
            @MultiLine @Nullable @Size(max = 2000) String note) {}

    @Serdeable
    @Schema(name = "StichprobenFall")
    record EntryView(
            UUID caseId,
            @Nullable String caseManagerId,
            int weight,
            List<String> findings,
            @Nullable String result,
            @Nullable String note,
            @Nullable String reviewedBy,
            @Nullable Instant reviewedAt) {}

    @Serdeable
    @Schema(name = "Stichprobe")
    record SampleView(
            UUID id, String teamId, long seed, int size, String drawnBy, Instant drawnAt, List<EntryView> cases) {
        static SampleView of(Sample s) {
            return new SampleView(
                    s.id(),
                    s.teamId(),
                    s.seed(),
                    s.size(),
                    s.drawnBy(),
                    s.drawnAt(),
                    s.cases().stream()
                            .map(e -> new EntryView(
                                    e.caseId(),
                                    e.caseManagerId(),
                                    e.weight(),
                                    e.findings().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .toList(),
                                    e.result() == null ? null : e.result().name(),
                                    e.note(),
                                    e.reviewedBy(),
                                    e.reviewedAt()))
                            .toList());
        }
    }

    @Post
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Stichprobe ziehen (Gewicht 1 + 2 je Befund; wird protokolliert)")
    HttpResponse<SampleView> draw(@Valid @Body DrawRequest request, Authentication authentication) {
        Sample s = supervision.draw(CurrentUser.of(authentication), request.size(), request.seed());
        return HttpResponse.created(SampleView.of(s), URI.create("/api/supervision/samples/" + s.id()));
    }

    @Post("/{sampleId}/cases/{caseId}/review")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Operation(summary = "Ergebnis der Prüfung eines Falls festhalten")
    SampleView review(
            @PathVariable UUID sampleId,
            @PathVariable UUID caseId,
            @Valid @Body ReviewRequest request,
            Authentication authentication) {
        return SampleView.of(
                supervision.review(CurrentUser.of(authentication), sampleId, caseId, request.result(), request.note()));
    }

    @Get
    @Operation(summary = "Stichproben des Teams")
    List<SampleView> list(Authentication authentication) {
        return supervision.ofTeam(CurrentUser.of(authentication)).stream()
                .map(SampleView::of)
                .toList();
    }
}
