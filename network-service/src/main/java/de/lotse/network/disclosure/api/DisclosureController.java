package de.lotse.network.disclosure.api;

import de.lotse.network.disclosure.application.DisclosureReport;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@OpenAPIGroup("staff")
@Controller("/api/cases/{caseId}/disclosure-report")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(
        name = "Auskunft",
        description = "Auskunft für die Kundin / den Kunden: Einwilligungen, Überweisungen und jeder "
                + "Zugriff eines Partners auf ihre / seine Daten")
class DisclosureController {
    private final DisclosureReport reports;

    DisclosureController(DisclosureReport reports) {
        this.reports = reports;
    }

    @Serdeable
    @Schema(name = "AuskunftEinwilligung")
    record ConsentLine(
            UUID consentId,
            UUID partnerId,
            String status,
            List<String> scopes,
            @Nullable String purposeCode,
            LocalDate validFrom,
            LocalDate validUntil,
            String channel,
            Instant recordedAt,
            @Nullable Instant endedAt) {}

    @Serdeable
    @Schema(name = "AuskunftVerlauf")
    record HistoryLine(UUID consentId, UUID partnerId, String kind, List<String> scopes, String actor, Instant at) {}

    @Serdeable
    @Schema(name = "AuskunftUeberweisung")
    record ReferralLine(
            UUID referralId,
            UUID partnerId,
            String service,
            String status,
            boolean contactDetailsShared,
            Instant sentAt) {}

    @Serdeable
    @Schema(name = "AuskunftPartnerzugriff")
    record AccessLine(
            Instant at,
            String partnerUser,
            String action,
            @Nullable String referralId,
            @Nullable String basis) {}

    @Serdeable
    @Schema(name = "Auskunft")
    record ReportView(
            UUID caseId,
            Instant createdAt,
            List<ConsentLine> consents,
            List<HistoryLine> history,
            List<ReferralLine> referrals,
            List<AccessLine> partnerAccesses) {}

    @Get
    @ProblemDocs.NotFound
    @Operation(
            summary = "Auskunftsbericht (Art. 15 DSGVO): Einwilligungen, Verlauf, Überweisungen, Partnerzugriffe "
                    + "(wird protokolliert)")
    ReportView report(@PathVariable UUID caseId, Authentication authentication) {
        DisclosureReport.Report r = reports.of(CurrentUser.of(authentication), caseId);
        return new ReportView(
                r.caseId(),
                r.createdAt(),
                r.consents().stream()
                        .map(c -> new ConsentLine(
                                c.id(),
                                c.partnerId(),
                                c.status().name(),
                                c.scopes().stream().map(Enum::name).sorted().toList(),
                                c.purposeCode(),
                                c.validFrom(),
                                c.validUntil(),
                                c.channel().name(),
                                c.recordedAt(),
                                c.endedAt()))
                        .toList(),
                r.history().stream()
                        .map(h -> new HistoryLine(
                                h.consentId(),
                                h.partnerId(),
                                h.kind(),
                                h.scopes().stream().map(Enum::name).sorted().toList(),
                                h.actor(),
                                h.occurredAt()))
                        .toList(),
                r.referrals().stream()
                        .map(x -> new ReferralLine(
                                x.id(),
                                x.partnerId(),
                                x.service().name(),
                                x.status().name(),
                                x.customer() != null,
                                x.sentAt()))
                        .toList(),
                r.partnerAccesses().stream()
                        .map(a -> new AccessLine(a.at(), a.actor(), a.action(), a.resourceId(), a.basis()))
                        .toList());
    }
}
