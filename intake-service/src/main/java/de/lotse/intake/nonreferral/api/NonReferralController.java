package de.lotse.intake.nonreferral.api;

import de.lotse.intake.customers.application.CustomerService;
import de.lotse.intake.eligibility.api.FactsInput;
import de.lotse.intake.nonreferral.application.NonReferralService;
import de.lotse.intake.nonreferral.domain.NonReferral;
import de.lotse.intake.nonreferral.domain.NonReferralReason;
import de.lotse.intake.nonreferral.domain.NonReferralWithCustomer;
import de.lotse.intake.nonreferral.domain.Recheck;
import de.lotse.intake.nonreferral.domain.RecheckOutcome;
import de.lotse.platform.input.MultiLine;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller("/api/non-referrals")
@ProblemDocs.Standard
@Tag(
        name = "Nichtvormerkung",
        description = "Kund:innen, die die Kriterien erfüllen, aber nicht vorgemerkt werden; regelmäßige Überprüfung")
class NonReferralController {
    private final NonReferralService service;

    NonReferralController(NonReferralService service) {
        this.service = service;
    }

    @Serdeable
    @Schema(name = "Nichtvormerkungsanfrage")
    record Request(
            @NotBlank @Pattern(regexp = "[0-9]{3}[A-Z][0-9]{6}")
            String customerNumber,

            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotNull @Past LocalDate dateOfBirth,

            @Nullable @Pattern(regexp = "[0-9A-Za-z-]{1,50}")
            String householdRef,

            @Schema(description = "Team der AV; ohne Angabe das des Benutzers") @Nullable @Size(min = 1, max = 50)
            String teamId,

            @Schema(description = "Grund der Nichtvormerkung") @NotNull
            NonReferralReason reason,

            @Schema(description = "Abschließende Begründung (bei OTHER Pflicht)") @MultiLine @Nullable @Size(max = 2000)
            String note,

            @Nullable @Valid FactsInput facts) {}

    @Serdeable
    @Schema(name = "Ueberpruefung", description = "Dokumentierte Überprüfung einer Nichtvormerkung")
    record RecheckRequest(
            @NotNull RecheckOutcome outcome,

            @Schema(description = "Datum der Prüfung; ohne Angabe heute") @Nullable @PastOrPresent
            LocalDate checkedOn,

            @Nullable @Pattern(regexp = "[A-Z_]{1,40}") String reasonCode,
            @MultiLine @Nullable @Size(max = 2000) String note) {}

    @Serdeable
    @Schema(name = "Nichtvormerkung")
    record View(
            UUID id,
            String status,
            String customerNumber,
            String firstName,
            String lastName,
            String teamId,
            String reason,
            @Nullable String note,
            String recordedBy,
            Instant recordedAt,
            int policyVersion,
            @Nullable LocalDate recheckDueOn,
            boolean overdue,
            int rechecks,
            List<RecheckView> history) {
        static View of(NonReferralWithCustomer line, List<Recheck> history, LocalDate today) {
            NonReferral n = line.nonReferral();
            return new View(
                    n.id(),
                    n.open() ? "OPEN" : "RESOLVED",
                    line.customer().customerNumber(),
                    line.customer().firstName(),
                    line.customer().lastName(),
                    n.teamId(),
                    n.reason().name(),
                    n.note(),
                    n.recordedBy(),
                    n.recordedAt(),
                    n.policyVersion(),
                    n.recheckDueOn(),
                    n.overdueOn(today),
                    n.rechecks(),
                    history.stream().map(RecheckView::of).toList());
        }
    }

    @Serdeable
    @Schema(name = "Ueberpruefungseintrag")
    record RecheckView(
            int number,
            String checkedBy,
            LocalDate checkedOn,
            String outcome,
            @Nullable String reasonCode,
            @Nullable String note,
            @Nullable LocalDate nextDueOn,
            int policyVersion) {
        static RecheckView of(Recheck r) {
            return new RecheckView(
                    r.number(),
                    r.checkedBy(),
                    r.checkedOn(),
                    r.outcome().name(),
                    r.reasonCode(),
                    r.note(),
                    r.nextDueOn(),
                    r.policyVersion());
        }
    }

    @Post
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Secured({Roles.AV, Roles.TL})
    @Operation(summary = "Nichtvormerkung mit Grund dokumentieren (Wiedervorlage nach der Frist der Richtlinie)")
    HttpResponse<View> record(@Valid @Body Request request, Authentication authentication) {
        NonReferralService.Details details = service.record(
                CurrentUser.of(authentication),
                new NonReferralService.Command(
                        new CustomerService.MasterData(
                                request.customerNumber(),
                                request.firstName(),
                                request.lastName(),
                                request.dateOfBirth(),
                                request.householdRef(),
                                request.teamId(),
                                null),
                        request.reason(),
                        request.note(),
                        FactsInput.toFacts(request.facts())));
        View view = View.of(details.line(), details.rechecks(), service.today());
        return HttpResponse.created(view, URI.create("/api/non-referrals/" + view.id()));
    }

    @Get
    @Secured({Roles.AV, Roles.TL})
    @Operation(
            summary =
                    "Nichtvormerkungen (AV: eigene Kund:innen, TL: Team); dueWithinDays: fällige und überfällige Überprüfungen")
    Page<View> list(
            @Nullable @QueryValue Boolean openOnly,
            @Nullable @QueryValue @Min(0) @Max(366) Integer dueWithinDays,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication authentication) {
        LocalDate today = service.today();
        return service.list(
                        CurrentUser.of(authentication),
                        !Boolean.FALSE.equals(openOnly),
                        dueWithinDays,
                        PageRequest.of(page, size))
                .map(line -> View.of(line, List.of(), today));
    }

    @Get("/{id}")
    @ProblemDocs.NotFound
    @Secured({Roles.AV, Roles.TL})
    @Operation(summary = "Nichtvormerkung mit allen Überprüfungen")
    View get(@PathVariable UUID id, Authentication authentication) {
        NonReferralService.Details details = service.read(CurrentUser.of(authentication), id);
        return View.of(details.line(), details.rechecks(), service.today());
    }

    @Post("/{id}/rechecks")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.AV, Roles.TL})
    @Operation(
            summary =
                    "Überprüfung dokumentieren (bestätigt: nächste Wiedervorlage; vorgemerkt / Kriterien entfallen: erledigt)")
    View recheck(@PathVariable UUID id, @Valid @Body RecheckRequest request, Authentication authentication) {
        NonReferralService.Details details = service.recheck(
                CurrentUser.of(authentication),
                id,
                new NonReferralService.RecheckCommand(
                        request.outcome(), request.checkedOn(), request.reasonCode(), request.note()));
        return View.of(details.line(), details.rechecks(), service.today());
    }
}
