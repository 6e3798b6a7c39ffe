package de.lotse.network.partnerapi.api;

import de.lotse.network.partnerapi.application.PartnerApi;
import de.lotse.network.referrals.domain.Referral;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@OpenAPIGroup("partner")
@Controller("/partner-api/referrals")
@ProblemDocs.Standard
@Secured(Roles.PARTNER)
@Tag(
        name = "Partner-API",
        description = "Eingeschränkte Schnittstelle für Beratungsstellen und Träger: nur eigene "
                + "Überweisungen, Kundendaten nur im Rahmen der Einwilligung, nur strukturierte Rückmeldungen")
class PartnerApiController {
    /** The only fields a status update may carry: no free text about counselling. */
    private static final Set<String> FIELDS =
            Set.of("status", "reasonCode", "startedOn", "endedOn", "nextStepCode", "attended");

    private final PartnerApi api;

    PartnerApiController(PartnerApi api) {
        this.api = api;
    }

    @Serdeable
    @Schema(
            name = "PartnerUeberweisung",
            description = "Eine Zeile der Liste: nie Kundendaten, auch keine " + "Teilnahmedaten")
    record ItemView(
            UUID id,

            @Schema(description = "Überweisungscode, den die Kundin / der Kunde mitbringt", requiredMode = REQUIRED)
            String referenceCode,

            String service,
            String status,
            @Nullable LocalDate dueOn) {
        static ItemView of(PartnerApi.PartnerItem i) {
            return new ItemView(
                    i.id(), i.referenceCode(), i.service().name(), i.status().name(), i.dueOn());
        }
    }

    @Serdeable
    @Schema(
            name = "PartnerUeberweisungDetail",
            description = "Jede Angabe über die Kundin / den Kunden nur, solange "
                    + "eine Einwilligung für diesen Partner ihren Bereich freigibt (bei offenem Fall und offener Überweisung); "
                    + "sonst fehlt sie")
    record DetailView(
            UUID id,

            @Schema(description = "Überweisungscode, den die Kundin / der Kunde mitbringt", requiredMode = REQUIRED)
            String referenceCode,

            String service,
            String status,
            @Nullable LocalDate dueOn,

            @Schema(
                    description = "Codierter Ablehnungs- oder Abbruchgrund; nur mit COMPLETION_OR_ABORT",
                    nullable = true)
            @Nullable
            String reasonCode,

            @Schema(description = "Nur mit PARTICIPATION_DATES", nullable = true) @Nullable
            LocalDate startedOn,

            @Schema(description = "Nur mit PARTICIPATION_DATES", nullable = true) @Nullable
            LocalDate endedOn,

            @Schema(description = "Nur mit NEXT_STEP_RECOMMENDATION", nullable = true) @Nullable
            String nextStepCode,

            @Schema(description = "Nur mit APPOINTMENT_ATTENDANCE", nullable = true) @Nullable
            Boolean attended,

            @Schema(
                    description = "Ob eine Einwilligung für diesen Partner jetzt etwas freigibt",
                    requiredMode = REQUIRED)
            boolean consentEffective,

            @Schema(description = "Die freigegebenen Bereiche; fehlt ohne wirksame Einwilligung")
            List<String> releasedScopes,

            @Schema(description = "Nur mit CONTACT_DETAILS", nullable = true) @Nullable
            String customerName,

            @Schema(description = "Nur mit CONTACT_DETAILS", nullable = true) @Nullable
            String customerPhone,

            @Schema(description = "Nur mit CONTACT_DETAILS", nullable = true) @Nullable
            String customerEmail) {
        static DetailView of(PartnerApi.PartnerView v) {
            Referral.CustomerContact c = v.customer();
            return new DetailView(
                    v.id(),
                    v.referenceCode(),
                    v.service().name(),
                    v.status().name(),
                    v.dueOn(),
                    v.reasonCode(),
                    v.startedOn(),
                    v.endedOn(),
                    v.nextStepCode(),
                    v.attended(),
                    v.consentEffective(),
                    v.scopes().stream().map(Enum::name).sorted().toList(),
                    c == null ? null : c.name(),
                    c == null ? null : c.phone(),
                    c == null ? null : c.email());
        }
    }

    @Get("{?page,size}")
    @Operation(
            summary = "Eigene Überweisungen (ohne Kundendaten, auch nach Widerruf oder Fallabschluss mit ihrem Status)")
    Page<ItemView> list(
            @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size, Authentication authentication) {
        return api.list(CurrentUser.of(authentication), PageRequest.of(page, size))
                .map(ItemView::of);
    }

    @Get("/{referralId}")
    @ProblemDocs.NotFound
    @Operation(summary = "Eine eigene Überweisung; Kundendaten nur im Rahmen der Einwilligung")
    DetailView read(@PathVariable UUID referralId, Authentication authentication) {
        return DetailView.of(api.read(CurrentUser.of(authentication), referralId));
    }

    @Post("/{referralId}/status")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Operation(
            summary =
                    "Strukturierte Rückmeldung: status (ACCEPTED, REJECTED, STARTED, COMPLETED, ABORTED), "
                            + "reasonCode (nur bei REJECTED/ABORTED), startedOn, endedOn (nur bei COMPLETED/ABORTED), nextStepCode, "
                            + "attended — kein Freitext; jede Angabe über die Kundin / den Kunden nur im Rahmen der Einwilligung")
    DetailView report(@PathVariable UUID referralId, @Body Map<String, Object> body, Authentication authentication) {
        return DetailView.of(api.report(CurrentUser.of(authentication), referralId, parse(body)));
    }

    private static Referral.Update parse(Map<String, Object> body) {
        for (String field : body.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new RuleViolation(
                        field,
                        "FIELD_NOT_ALLOWED",
                        "Rückmeldungen sind strukturiert: " + FIELDS + ". Beratungsinhalte werden nie übermittelt.");
            }
        }
        Referral.Status status = null;
        if (body.get("status") != null) {
            try {
                status = Referral.Status.valueOf(body.get("status").toString());
            } catch (IllegalArgumentException e) {
                throw new RuleViolation(
                        "status", "UNKNOWN_STATUS", "Status: ACCEPTED, REJECTED, STARTED, COMPLETED, ABORTED.");
            }
        }
        Object attended = body.get("attended");
        if (attended != null && !(attended instanceof Boolean)) {
            throw new RuleViolation("attended", "BOOLEAN", "true oder false.");
        }
        return new Referral.Update(
                status,
                code(body, "reasonCode"),
                date(body, "startedOn"),
                date(body, "endedOn"),
                code(body, "nextStepCode"),
                (Boolean) attended);
    }

    private static String code(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || !text.matches("[A-Z_]{2,40}")) {
            throw new RuleViolation(field, "CODE_ONLY", "Nur ein Code aus dem Katalog, kein Freitext.");
        }
        return text;
    }

    private static LocalDate date(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "DATE", "Datum im Format JJJJ-MM-TT.");
        }
    }
}
