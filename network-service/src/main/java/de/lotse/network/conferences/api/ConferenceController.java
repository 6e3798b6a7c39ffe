package de.lotse.network.conferences.api;

import de.lotse.network.conferences.application.ConferenceService;
import de.lotse.network.conferences.domain.CaseConference;
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
import io.micronaut.openapi.annotation.OpenAPIGroup;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@OpenAPIGroup("staff")
@Controller("/api/cases/{caseId}/case-conferences")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(
        name = "Fallkonferenzen",
        description = "Mit Partnern nur bei Einwilligung für genau diesen Partner; Ergebnis codiert")
class ConferenceController {
    private final ConferenceService conferences;

    ConferenceController(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @Serdeable
    @Schema(name = "Fallkonferenz")
    record ScheduleRequest(
            @NotNull LocalDate scheduledOn,

            @Schema(description = "Teilnehmende Fachkräfte") @Nullable @Size(max = 20)
            List<@NotBlank String> staff,

            @Schema(description = "Eingeladene Partner") @Nullable @Size(max = 10)
            List<@NotNull UUID> partnerIds,

            @Schema(description = "Kundin / Kunde eingeladen") @Nullable
            Boolean customerInvited) {}

    @Serdeable
    @Schema(name = "FallkonferenzErgebnis")
    record OutcomeRequest(
            @NotNull LocalDate heldOn,
            @Nullable @Size(max = 10) List<@NotNull UUID> attendedPartnerIds,

            @Schema(
                    description = "Codierte Entscheidungen: CONTINUE_PLAN, ADJUST_PLAN, START_MEASURE, "
                            + "END_MEASURE, REFER_TO_PARTNER, END_REFERRAL, RECOMMEND_CLOSURE, NEXT_CONFERENCE")
            @NotNull
            @Size(min = 1, max = 10)
            List<@NotBlank String> decisions) {}

    @Serdeable
    @Schema(name = "FallkonferenzAnsicht")
    record ConferenceView(
            UUID id,
            LocalDate scheduledOn,
            List<String> staff,
            List<UUID> partnerIds,
            boolean customerInvited,
            @Nullable LocalDate heldOn,
            List<UUID> attendedPartnerIds,
            List<String> decisions) {
        static ConferenceView of(CaseConference c) {
            return new ConferenceView(
                    c.id(),
                    c.scheduledOn(),
                    c.staff(),
                    c.partnerIds(),
                    c.customerInvited(),
                    c.heldOn(),
                    c.attendedPartnerIds(),
                    c.decisions());
        }
    }

    @Post
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Fallkonferenz planen")
    HttpResponse<ConferenceView> schedule(
            @PathVariable UUID caseId, @Valid @Body ScheduleRequest request, Authentication authentication) {
        CaseConference c = conferences.schedule(
                CurrentUser.of(authentication),
                caseId,
                request.scheduledOn(),
                request.staff() == null ? List.of() : request.staff(),
                request.partnerIds() == null ? List.of() : request.partnerIds(),
                !Boolean.FALSE.equals(request.customerInvited()));
        return HttpResponse.created(
                ConferenceView.of(c), URI.create("/api/cases/" + caseId + "/case-conferences/" + c.id()));
    }

    @Post("/{conferenceId}/outcome")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Operation(summary = "Ergebnis dokumentieren (codierte Entscheidungen)")
    ConferenceView held(
            @PathVariable UUID caseId,
            @PathVariable UUID conferenceId,
            @Valid @Body OutcomeRequest request,
            Authentication authentication) {
        return ConferenceView.of(conferences.held(
                CurrentUser.of(authentication),
                caseId,
                conferenceId,
                request.heldOn(),
                request.attendedPartnerIds() == null ? List.of() : request.attendedPartnerIds(),
                request.decisions()));
    }

    @Get
    @ProblemDocs.NotFound
    @Operation(summary = "Fallkonferenzen des Falls")
    List<ConferenceView> list(@PathVariable UUID caseId, Authentication authentication) {
        return conferences.of(CurrentUser.of(authentication), caseId).stream()
                .map(ConferenceView::of)
                .toList();
    }
}
