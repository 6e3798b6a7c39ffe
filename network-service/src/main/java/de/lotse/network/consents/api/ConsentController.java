package de.lotse.network.consents.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import de.lotse.network.consents.application.ConsentService;
import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.domain.ConsentForm;
import de.lotse.network.consents.domain.HistoryEntry;
import de.lotse.network.consents.domain.Scope;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@OpenAPIGroup("staff")
@Controller("/api")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL, Roles.ADMIN})
@Tag(
        name = "Einwilligungen",
        description = "Schweigepflichtentbindung je Kund:in und Partner: erteilen, ablehnen, "
                + "beschränken, verlängern, widerrufen; unveränderliche Historie")
class ConsentController {
    private final ConsentService consents;

    ConsentController(ConsentService consents) {
        this.consents = consents;
    }

    @Serdeable
    @Schema(name = "Einwilligungsformular")
    record FormRequest(
            @Schema(description = "Formular, z. B. SCHWEIGEPFLICHTENTBINDUNG_BERATUNG")
            @NotBlank
            @Pattern(regexp = "[A-Z0-9_]{2,60}")
            String code,

            @Schema(description = "Wortlaut, wie ihn die Kund:in sieht") @MultiLine @NotBlank @Size(max = 20000)
            String text,

            @NotNull @Size(min = 1) Set<@NotNull Scope> scopes,
            @NotNull @Size(min = 1, max = 10) Set<@NotBlank @Pattern(regexp = "[A-Z0-9_]{2,60}") String> purposes) {}

    @Serdeable
    @Schema(name = "EinwilligungsformularAnsicht")
    record FormView(
            UUID id,
            String code,
            int version,
            String text,
            List<String> scopes,
            List<String> purposes,
            Instant createdAt) {
        static FormView of(ConsentForm f) {
            return new FormView(
                    f.id(),
                    f.code(),
                    f.version(),
                    f.text(),
                    f.scopes().stream().map(Enum::name).sorted().toList(),
                    f.purposes().stream().sorted().toList(),
                    f.createdAt());
        }
    }

    @Serdeable
    @Schema(name = "Einwilligung", description = "Erklärung der Kundin / des Kunden für genau einen Partner")
    record ConsentRequest(
            @NotNull UUID partnerId,

            @Schema(description = "Formularversion, die gezeigt wurde") @NotNull
            UUID formId,

            @Schema(description = "GIVEN (erteilt) oder REFUSED (abgelehnt)")
            @NotBlank
            @Pattern(regexp = "GIVEN|REFUSED")
            String decision,

            @Schema(description = "Freigegebene Informationen (Teilmenge des Formulars)") @Nullable
            Set<@NotNull Scope> scopes,

            @Nullable @Size(max = 60) String purposeCode,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil,

            @JsonPropertyDescription("WRITTEN oder ELECTRONIC (SGB X § 67b)") @NotNull
            Consent.Channel channel,

            @Schema(description = "Nachweis (Aktenzeichen des unterschriebenen Formulars)") @Nullable @Size(max = 300)
            String documentRef) {}

    @Serdeable
    @Schema(name = "Beschraenkung")
    record LimitRequest(
            @NotNull @Size(min = 1) Set<@NotNull Scope> scopes,
            @Nullable @Size(max = 300) String documentRef) {}

    @Serdeable
    @Schema(name = "Verlaengerung")
    record RenewRequest(
            @NotNull LocalDate validUntil,
            @NotBlank @Size(max = 300) String documentRef) {}

    @Serdeable
    @Schema(name = "EinwilligungAnsicht")
    record ConsentView(
            UUID id,
            UUID partnerId,
            UUID formId,
            String status,
            List<String> scopes,
            @Nullable String purposeCode,
            LocalDate validFrom,
            LocalDate validUntil,
            String channel,
            @Nullable String documentRef,
            @Nullable UUID supersedes,
            String recordedBy,
            Instant recordedAt,
            @Nullable Instant endedAt) {
        static ConsentView of(Consent c) {
            return new ConsentView(
                    c.id(),
                    c.partnerId(),
                    c.formId(),
                    c.status().name(),
                    c.scopes().stream().map(Enum::name).sorted().toList(),
                    c.purposeCode(),
                    c.validFrom(),
                    c.validUntil(),
                    c.channel().name(),
                    c.documentRef(),
                    c.supersedes(),
                    c.recordedBy(),
                    c.recordedAt(),
                    c.endedAt());
        }
    }

    @Serdeable
    @Schema(name = "EinwilligungsHistorie")
    record HistoryView(
            long seq,
            UUID consentId,
            UUID partnerId,
            String kind,
            List<String> scopes,
            @Nullable String channel,
            @Nullable String documentRef,
            String actor,
            Instant occurredAt) {
        static HistoryView of(HistoryEntry h) {
            return new HistoryView(
                    h.seq(),
                    h.consentId(),
                    h.partnerId(),
                    h.kind(),
                    h.scopes().stream().map(Enum::name).sorted().toList(),
                    h.channel(),
                    h.documentRef(),
                    h.actor(),
                    h.occurredAt());
        }
    }

    @Serdeable
    @Schema(name = "EinwilligungenDesFalls")
    record CaseConsentsView(List<ConsentView> consents, List<HistoryView> history) {}

    @Post("/consent-forms")
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Secured({Roles.TL, Roles.ADMIN})
    @Operation(summary = "Neue Formularversion anlegen (bestehende Versionen bleiben unverändert)")
    HttpResponse<FormView> createForm(@Valid @Body FormRequest request, Authentication authentication) {
        ConsentForm form = consents.createForm(
                CurrentUser.of(authentication), request.code(), request.text(), request.scopes(), request.purposes());
        return HttpResponse.created(FormView.of(form), URI.create("/api/consent-forms/" + form.id()));
    }

    @Get("/consent-forms")
    @Operation(summary = "Formularversionen des Jobcenters")
    List<FormView> forms(Authentication authentication) {
        return consents.forms(CurrentUser.of(authentication)).stream()
                .map(FormView::of)
                .toList();
    }

    @Post("/cases/{caseId}/consents")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Secured({Roles.FM, Roles.TL})
    @Operation(
            summary = "Erklärung erfassen: erteilt (veröffentlicht consent-granted) oder abgelehnt (nur dokumentiert, "
                    + "ohne jede Folge)")
    HttpResponse<ConsentView> declare(
            @PathVariable UUID caseId, @Valid @Body ConsentRequest request, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        Consent consent = "REFUSED".equals(request.decision())
                ? consents.refuse(user, caseId, request.partnerId(), request.formId(), request.channel())
                : consents.give(
                        user,
                        caseId,
                        new ConsentService.Declaration(
                                request.partnerId(),
                                request.formId(),
                                request.scopes() == null ? Set.of() : request.scopes(),
                                request.purposeCode(),
                                request.validFrom(),
                                request.validUntil(),
                                request.channel(),
                                request.documentRef()));
        return HttpResponse.created(ConsentView.of(consent), URI.create("/api/cases/" + caseId + "/consents"));
    }

    @Post("/cases/{caseId}/consents/{consentId}/limitation")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Beschränken: die bisherige Einwilligung endet, eine engere ersetzt sie")
    ConsentView limit(
            @PathVariable UUID caseId,
            @PathVariable UUID consentId,
            @Valid @Body LimitRequest request,
            Authentication authentication) {
        return ConsentView.of(consents.limit(
                CurrentUser.of(authentication), caseId, consentId, request.scopes(), request.documentRef()));
    }

    @Post("/cases/{caseId}/consents/{consentId}/renewal")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Verlängern mit neuem Nachweis")
    ConsentView renew(
            @PathVariable UUID caseId,
            @PathVariable UUID consentId,
            @Valid @Body RenewRequest request,
            Authentication authentication) {
        return ConsentView.of(consents.renew(
                CurrentUser.of(authentication), caseId, consentId, request.validUntil(), request.documentRef()));
    }

    @Post("/cases/{caseId}/consents/{consentId}/revocation")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Widerrufen: wirkt ab der nächsten Anfrage, veröffentlicht consent-revoked sofort")
    ConsentView revoke(@PathVariable UUID caseId, @PathVariable UUID consentId, Authentication authentication) {
        return ConsentView.of(consents.revoke(CurrentUser.of(authentication), caseId, consentId));
    }

    @Get("/cases/{caseId}/consents")
    @ProblemDocs.NotFound
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Alle Einwilligungen und ihre Historie (wird protokolliert)")
    CaseConsentsView list(@PathVariable UUID caseId, Authentication authentication) {
        ConsentService.CaseConsents all = consents.of(CurrentUser.of(authentication), caseId);
        return new CaseConsentsView(
                all.consents().stream().map(ConsentView::of).toList(),
                all.history().stream().map(HistoryView::of).toList());
    }
}
