package de.lotse.network.referrals.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.network.referrals.application.ReferralService;
import de.lotse.network.referrals.domain.Referral;
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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@OpenAPIGroup("staff")
@Controller("/api/cases/{caseId}/referrals")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(name = "Überweisungen an Partner", description = "Vermittlung zu Beratungsstellen, § 16a-Leistungen und Trägern")
class ReferralController {
    private final ReferralService referrals;

    ReferralController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Serdeable
    @Schema(
            name = "Kundenkontakt",
            description = "Nur mit Einwilligung, die Kontaktdaten für genau diesen Partner freigibt")
    record CustomerInput(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 50) String phone,
            @Nullable @Email @Size(max = 200) String email) {}

    @Serdeable
    @Schema(name = "Ueberweisung")
    record ReferralRequest(
            @NotNull UUID partnerId,
            @NotNull ServiceCode service,

            @JsonPropertyDescription("Kontaktdaten (nur mit Einwilligung)") @Nullable @Valid
            CustomerInput customer,

            @Schema(description = "Beginn erwartet bis") @Nullable
            LocalDate dueOn) {}

    @Serdeable
    @Schema(name = "UeberweisungAnsicht")
    record ReferralView(
            UUID id,
            UUID caseId,
            UUID partnerId,
            String service,
            String status,
            String referenceCode,
            @Nullable CustomerInput customer,
            @Nullable LocalDate dueOn,
            @Nullable String reasonCode,
            @Nullable LocalDate startedOn,
            @Nullable LocalDate endedOn,
            @Nullable String nextStepCode,
            @Nullable Boolean attended,
            Instant sentAt,
            Instant updatedAt) {
        static ReferralView of(Referral r) {
            return new ReferralView(
                    r.id(),
                    r.caseId(),
                    r.partnerId(),
                    r.service().name(),
                    r.status().name(),
                    r.referenceCode(),
                    r.customer() == null
                            ? null
                            : new CustomerInput(
                                    r.customer().name(),
                                    r.customer().phone(),
                                    r.customer().email()),
                    r.dueOn(),
                    r.reasonCode(),
                    r.startedOn(),
                    r.endedOn(),
                    r.nextStepCode(),
                    r.attended(),
                    r.sentAt(),
                    r.updatedAt());
        }
    }

    @Post
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Überweisen (veröffentlicht referral-sent); ohne Einwilligung bringt die Kundin / der Kunde "
                    + "den Überweisungscode selbst mit")
    HttpResponse<ReferralView> send(
            @PathVariable UUID caseId, @Valid @Body ReferralRequest request, Authentication authentication) {
        Referral r = referrals.send(
                CurrentUser.of(authentication),
                caseId,
                request.partnerId(),
                request.service(),
                request.customer() == null
                        ? null
                        : new Referral.CustomerContact(
                                request.customer().name(),
                                request.customer().phone(),
                                request.customer().email()),
                request.dueOn());
        return HttpResponse.created(ReferralView.of(r), URI.create("/api/cases/" + caseId + "/referrals/" + r.id()));
    }

    @Post("/{referralId}/revocation")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Operation(summary = "Überweisung zurückziehen")
    ReferralView revoke(@PathVariable UUID caseId, @PathVariable UUID referralId, Authentication authentication) {
        return ReferralView.of(referrals.revoke(CurrentUser.of(authentication), caseId, referralId));
    }

    @Get
    @ProblemDocs.NotFound
    @Operation(summary = "Überweisungen des Falls (wird protokolliert)")
    List<ReferralView> list(@PathVariable UUID caseId, Authentication authentication) {
        return referrals.ofCase(CurrentUser.of(authentication), caseId).stream()
                .map(ReferralView::of)
                .toList();
    }
}
