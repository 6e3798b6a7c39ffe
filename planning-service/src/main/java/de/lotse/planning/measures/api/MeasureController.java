package de.lotse.planning.measures.api;

import de.lotse.planning.measures.application.MeasureService;
import de.lotse.planning.measures.domain.Measure;
import de.lotse.platform.codes.MeasureInstrument;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller("/api/cases/{caseId}/measures")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(
        name = "Maßnahmen",
        description = "§16 SGB II, §45 SGB III, AGH §16d, EVL §16e, TaAM §16i, §16a: Beginn, "
                + "geplantes und tatsächliches Ende, Ergebnis")
class MeasureController {
    private final MeasureService measures;

    MeasureController(MeasureService measures) {
        this.measures = measures;
    }

    @Serdeable
    @Schema(name = "Massnahme")
    record StartRequest(
            @Schema(description = "Instrument") @NotNull MeasureInstrument instrument,

            @Schema(description = "Bezeichnung (z. B. Kurstitel des Trägers)") @Nullable @Size(max = 200)
            String title,

            @Schema(description = "Träger, falls registrierter Partner") @Nullable
            UUID partnerId,

            @NotNull LocalDate startedOn,

            @Schema(description = "Geplantes Ende") @Nullable
            LocalDate plannedEndOn) {}

    @Serdeable
    @Schema(name = "Massnahmenende")
    record EndRequest(
            @NotNull LocalDate endedOn,
            @Schema(description = "Ergebnis") @NotNull Measure.Outcome outcome) {}

    @Serdeable
    @Schema(name = "MassnahmeAnsicht")
    record MeasureView(
            UUID id,
            String instrument,
            @Nullable String title,
            @Nullable UUID partnerId,
            LocalDate startedOn,
            @Nullable LocalDate plannedEndOn,
            @Nullable LocalDate endedOn,
            @Nullable String outcome,
            @Nullable Boolean successful) {
        static MeasureView of(Measure m) {
            return new MeasureView(
                    m.id(),
                    m.instrument().name(),
                    m.title(),
                    m.partnerId(),
                    m.startedOn(),
                    m.plannedEndOn(),
                    m.endedOn(),
                    m.outcome() == null ? null : m.outcome().name(),
                    m.outcome() == null ? null : m.outcome().successful());
        }
    }

    @Post
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Maßnahme beginnen (veröffentlicht measure-started)")
    HttpResponse<MeasureView> start(
            @PathVariable UUID caseId, @Valid @Body StartRequest request, Authentication authentication) {
        Measure m = measures.start(
                CurrentUser.of(authentication),
                caseId,
                request.instrument(),
                request.title(),
                request.partnerId(),
                request.startedOn(),
                request.plannedEndOn());
        return HttpResponse.created(MeasureView.of(m), URI.create("/api/cases/" + caseId + "/measures/" + m.id()));
    }

    @Post("/{measureId}/end")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Operation(summary = "Maßnahme beenden mit Ergebnis (veröffentlicht measure-ended)")
    MeasureView end(
            @PathVariable UUID caseId,
            @PathVariable UUID measureId,
            @Valid @Body EndRequest request,
            Authentication authentication) {
        return MeasureView.of(
                measures.end(CurrentUser.of(authentication), caseId, measureId, request.endedOn(), request.outcome()));
    }

    @Get
    @ProblemDocs.NotFound
    @Operation(summary = "Maßnahmen des Falls")
    List<MeasureView> list(@PathVariable UUID caseId, Authentication authentication) {
        return measures.list(CurrentUser.of(authentication), caseId).stream()
                .map(MeasureView::of)
                .toList();
    }
}
