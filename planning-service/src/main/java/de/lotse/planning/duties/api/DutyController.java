package de.lotse.planning.duties.api;

import de.lotse.planning.duties.application.DutyService;
import de.lotse.planning.duties.domain.Duty;
import de.lotse.planning.duties.domain.DutyDemand;
import de.lotse.planning.duties.domain.Offer;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller("/api/cases/{caseId}")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(
        name = "Aufforderungen und Angebote",
        description = "Schriftlich geforderte Pflichten (§ 15 Abs. 6 SGB II) aus einem "
                + "festen Katalog und Arbeits-, Ausbildungs- oder Maßnahmeangebote: nur sie können eine Prüfung der "
                + "Leistungsminderung begründen. Eine Einwilligung gehört nie dazu.")
class DutyController {
    private final DutyService duties;

    DutyController(DutyService duties) {
        this.duties = duties;
    }

    @Serdeable
    @Schema(name = "Aufforderung")
    record DemandRequest(
            @Schema(description = "Pflicht aus dem Katalog") @NotNull
            Duty duty,

            @Schema(description = "Was genau gefordert ist, z. B. „fünf Bewerbungen je Monat“")
            @Nullable
            @MultiLine
            @Size(max = 1000)
            String details,

            @Schema(description = "Datum der schriftlichen Aufforderung") @NotNull
            LocalDate demandedOn,

            @Schema(description = "zu erfüllen bis") @Nullable
            LocalDate dueBy,

            @Schema(description = "Die Aufforderung enthielt die Rechtsfolgenbelehrung") @NotNull
            Boolean withLegalConsequenceNotice) {}

    @Serdeable
    @Schema(name = "AufforderungAnsicht")
    record DemandView(
            UUID id,
            String duty,
            @Nullable String details,
            LocalDate demandedOn,
            @Nullable LocalDate dueBy,
            boolean withLegalConsequenceNotice,
            String recordedBy,
            Instant recordedAt) {
        static DemandView of(DutyDemand d) {
            return new DemandView(
                    d.id(),
                    d.duty().name(),
                    d.details(),
                    d.demandedOn(),
                    d.dueBy(),
                    d.withLegalConsequenceNotice(),
                    d.recordedBy(),
                    d.recordedAt());
        }
    }

    @Serdeable
    @Schema(name = "Angebot")
    record OfferRequest(
            @Schema(description = "Arbeit, Ausbildung oder Maßnahme") @NotNull
            Offer.Kind kind,

            @Schema(description = "Das Angebot, z. B. Arbeitgeber und Stelle") @Nullable @MultiLine @Size(max = 1000)
            String description,

            @NotNull LocalDate offeredOn,

            @Schema(description = "Das Angebot enthielt die Rechtsfolgenbelehrung") @NotNull
            Boolean withLegalConsequenceNotice) {}

    @Serdeable
    @Schema(name = "AntwortAufAngebot")
    record AnswerRequest(
            @Schema(description = "angenommen, abgelehnt oder nicht angetreten") @NotNull
            Offer.Response response,

            @NotNull LocalDate respondedOn) {}

    @Serdeable
    @Schema(name = "AngebotAnsicht")
    record OfferView(
            UUID id,
            String kind,
            @Nullable String description,
            LocalDate offeredOn,
            boolean withLegalConsequenceNotice,
            @Nullable String response,
            @Nullable LocalDate respondedOn,
            String recordedBy,
            Instant recordedAt) {
        static OfferView of(Offer o) {
            return new OfferView(
                    o.id(),
                    o.kind().name(),
                    o.description(),
                    o.offeredOn(),
                    o.withLegalConsequenceNotice(),
                    o.response() == null ? null : o.response().name(),
                    o.respondedOn(),
                    o.recordedBy(),
                    o.recordedAt());
        }
    }

    @Post("/duty-demands")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Schriftliche Aufforderung dokumentieren")
    HttpResponse<DemandView> demand(
            @PathVariable UUID caseId, @Valid @Body DemandRequest request, Authentication authentication) {
        DutyDemand d = duties.demand(
                CurrentUser.of(authentication),
                caseId,
                request.duty(),
                request.details(),
                request.demandedOn(),
                request.dueBy(),
                request.withLegalConsequenceNotice());
        return HttpResponse.created(DemandView.of(d), URI.create("/api/cases/" + caseId + "/duty-demands"));
    }

    @Get("/duty-demands")
    @ProblemDocs.NotFound
    @Operation(summary = "Aufforderungen des Falls (wird protokolliert)")
    List<DemandView> demands(@PathVariable UUID caseId, Authentication authentication) {
        return duties.demands(CurrentUser.of(authentication), caseId).stream()
                .map(DemandView::of)
                .toList();
    }

    @Post("/offers")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Angebot dokumentieren")
    HttpResponse<OfferView> offer(
            @PathVariable UUID caseId, @Valid @Body OfferRequest request, Authentication authentication) {
        Offer o = duties.offer(
                CurrentUser.of(authentication),
                caseId,
                request.kind(),
                request.description(),
                request.offeredOn(),
                request.withLegalConsequenceNotice());
        return HttpResponse.created(OfferView.of(o), URI.create("/api/cases/" + caseId + "/offers/" + o.id()));
    }

    @Post("/offers/{offerId}/response")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Operation(summary = "Antwort der Kundin / des Kunden auf das Angebot dokumentieren")
    OfferView answer(
            @PathVariable UUID caseId,
            @PathVariable UUID offerId,
            @Valid @Body AnswerRequest request,
            Authentication authentication) {
        return OfferView.of(duties.answer(
                CurrentUser.of(authentication), caseId, offerId, request.response(), request.respondedOn()));
    }

    @Get("/offers")
    @ProblemDocs.NotFound
    @Operation(summary = "Angebote des Falls (wird protokolliert)")
    List<OfferView> offers(@PathVariable UUID caseId, Authentication authentication) {
        return duties.offers(CurrentUser.of(authentication), caseId).stream()
                .map(OfferView::of)
                .toList();
    }
}
