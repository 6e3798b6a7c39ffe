package de.lotse.network.partners.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import de.lotse.network.partners.application.PartnerService;
import de.lotse.network.partners.domain.Partner;
import de.lotse.network.partners.domain.PartnerType;
import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.platform.domain.RuleViolation;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@OpenAPIGroup("staff")
@Controller("/api/partners")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL, Roles.AV, Roles.ADMIN})
@Tag(
        name = "Partnerverzeichnis",
        description = "Netzwerkpartner des Jobcenters mit Leistungen (inkl. § 16a SGB II), "
                + "Standorten, Kapazität und Ansprechpersonen")
class PartnerController {
    private final PartnerService partners;

    PartnerController(PartnerService partners) {
        this.partners = partners;
    }

    @Serdeable
    @Schema(name = "Ansprechperson")
    record ContactPersonInput(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 100) String role,
            @Nullable @Size(max = 50) String phone,
            @Nullable @Email @Size(max = 200) String email) {}

    @Serdeable
    @Schema(name = "Partner")
    record PartnerRequest(
            @Schema(hidden = true) @Nullable String id,
            @NotBlank @Size(max = 200) String name,

            @JsonPropertyDescription("Art des Partners") @NotNull
            PartnerType type,

            @Schema(description = "Angebotene Leistungen") @NotNull @Size(min = 1, max = 12)
            Set<@NotNull ServiceCode> services,

            @Nullable @Size(max = 20) List<@NotBlank @Size(max = 300) String> locations,

            @Schema(description = "Kapazität / Verfügbarkeit") @MultiLine @Nullable @Size(max = 2000)
            String capacityNote,

            @Nullable @Size(max = 20) List<@Valid @NotNull ContactPersonInput> contactPersons,

            @Schema(description = "Aktiv (nur bei Änderung)") @Nullable
            Boolean active,

            @Schema(description = "Version (nur bei Änderung)") @Nullable @Min(0)
            Long version) {
        PartnerService.Input toInput() {
            return new PartnerService.Input(
                    name,
                    type,
                    services,
                    locations == null ? List.of() : locations,
                    capacityNote,
                    contactPersons == null
                            ? List.of()
                            : contactPersons.stream()
                                    .map(p -> new Partner.ContactPerson(p.name(), p.role(), p.phone(), p.email()))
                                    .toList(),
                    active == null || active);
        }
    }

    @Serdeable
    @Schema(name = "PartnerAnsicht")
    record PartnerView(
            UUID id,
            String name,
            String type,
            List<String> services,
            List<String> municipal16a,
            List<String> locations,
            @Nullable String capacityNote,
            List<ContactPersonInput> contactPersons,
            boolean active,
            Instant updatedAt,
            long version) {
        static PartnerView of(Partner p) {
            return new PartnerView(
                    p.id(),
                    p.name(),
                    p.type().name(),
                    p.services().stream().map(Enum::name).sorted().toList(),
                    p.services().stream()
                            .filter(ServiceCode::municipal16a)
                            .map(Enum::name)
                            .sorted()
                            .toList(),
                    p.locations(),
                    p.capacityNote(),
                    p.contactPersons().stream()
                            .map(c -> new ContactPersonInput(c.name(), c.role(), c.phone(), c.email()))
                            .toList(),
                    p.active(),
                    p.updatedAt(),
                    p.version());
        }
    }

    @Post
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Secured({Roles.TL, Roles.ADMIN})
    @Operation(
            summary = "Partner registrieren (veröffentlicht partner-registered)",
            description = "Die ID vergibt "
                    + "Lotse (Antwort und Location); eine mitgeschickte ID wird abgelehnt (422 SERVER_GENERATED). Diese ID "
                    + "trägt der Identitätsanbieter als Claim partnerId in die Tokens der Nutzer des Partners ein. Arbeitet "
                    + "eine Organisation für mehrere Jobcenter, registriert jedes sie als eigenen Partner.")
    HttpResponse<PartnerView> register(@Valid @Body PartnerRequest request, Authentication authentication) {
        // ids chosen by clients were one global key: a Jobcenter could probe another's ids (409 vs 201)
        if (request.id() != null) {
            throw new RuleViolation("id", "SERVER_GENERATED", "Die ID eines Partners vergibt Lotse.");
        }
        Partner p = partners.register(CurrentUser.of(authentication), request.toInput());
        return HttpResponse.created(PartnerView.of(p), URI.create("/api/partners/" + p.id()));
    }

    @Put("/{partnerId}")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.TL, Roles.ADMIN})
    @Operation(
            summary = "Partner ändern (Version aus dem Lesen mitschicken)",
            description = "Eine mitgeschickte ID " + "muss die des Pfads sein (422 SERVER_GENERATED).")
    PartnerView update(
            @PathVariable UUID partnerId, @Valid @Body PartnerRequest request, Authentication authentication) {
        // a partner read and sent back carries its id; any other id is an attempt to re-key it
        if (request.id() != null
                && !partnerId.toString().equalsIgnoreCase(request.id().strip())) {
            throw new RuleViolation(
                    "id", "SERVER_GENERATED", "Die ID eines Partners vergibt Lotse; sie lässt sich " + "nicht ändern.");
        }
        return PartnerView.of(partners.update(
                CurrentUser.of(authentication),
                partnerId,
                request.version() == null ? 0 : request.version(),
                request.toInput()));
    }

    @Get("/{partnerId}")
    @ProblemDocs.NotFound
    @Operation(summary = "Ein Partner")
    PartnerView find(@PathVariable UUID partnerId, Authentication authentication) {
        return PartnerView.of(partners.find(CurrentUser.of(authentication), partnerId));
    }

    @Get("{?service,page,size}")
    @Operation(summary = "Partner des Jobcenters, optional nach Leistung")
    Page<PartnerView> list(
            @Nullable @QueryValue ServiceCode service,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication authentication) {
        return partners.list(CurrentUser.of(authentication), service, PageRequest.of(page, size))
                .map(PartnerView::of);
    }
}
