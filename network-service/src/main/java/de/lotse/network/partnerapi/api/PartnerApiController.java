package de.lotse.network.partnerapi.api;

import de.lotse.network.partnerapi.application.PartnerApi;
import de.lotse.network.referrals.domain.Referral;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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

@OpenAPIGroup("partner")
@Controller("/partner-api/referrals")
@Secured(Roles.PARTNER)
@Tag(name = "Partner-API", description = "Eingeschränkte Schnittstelle für Beratungsstellen und Träger: nur eigene "
        + "Überweisungen, Kundendaten nur im Rahmen der Einwilligung, nur strukturierte Rückmeldungen")
class PartnerApiController {
    /** The only fields a status update may carry: no free text about counselling. */
    private static final Set<String> FIELDS = Set.of("status", "reasonCode", "startedOn", "endedOn", "nextStepCode",
            "attended");

    private final PartnerApi api;

    PartnerApiController(PartnerApi api) {
        this.api = api;
    }

    @Serdeable
    @Schema(name = "PartnerUeberweisung")
    record ItemView(UUID id, String referenceCode, String service, String status, @Nullable LocalDate dueOn,
                    @Nullable LocalDate startedOn, @Nullable LocalDate endedOn) {
        static ItemView of(Referral r) {
            return new ItemView(r.id(), r.referenceCode(), r.service().name(), r.status().name(), r.dueOn(),
                    r.startedOn(), r.endedOn());
        }
    }

    @Serdeable
    @Schema(name = "PartnerUeberweisungDetail", description = "Kundendaten nur, solange eine Einwilligung für diesen "
            + "Partner sie freigibt")
    record DetailView(UUID id, String referenceCode, String service, String status, @Nullable LocalDate dueOn,
                      @Nullable String reasonCode, @Nullable LocalDate startedOn, @Nullable LocalDate endedOn,
                      @Nullable String nextStepCode, @Nullable Boolean attended, boolean consentEffective,
                      List<String> releasedScopes, @Nullable String customerName, @Nullable String customerPhone,
                      @Nullable String customerEmail) {
        static DetailView of(PartnerApi.PartnerView v) {
            Referral r = v.referral();
            return new DetailView(r.id(), r.referenceCode(), r.service().name(), r.status().name(), r.dueOn(),
                    r.reasonCode(), r.startedOn(), r.endedOn(), r.nextStepCode(), r.attended(), v.consentEffective(),
                    v.scopes().stream().map(Enum::name).sorted().toList(),
                    v.customer() == null ? null : v.customer().name(), v.customer() == null ? null : v.customer().phone(),
                    v.customer() == null ? null : v.customer().email());
        }
    }

    @Get("{?page,size}")
    @Operation(summary = "Eigene Überweisungen (ohne Kundendaten)")
    Page<ItemView> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                        Authentication authentication) {
        return api.list(CurrentUser.of(authentication), PageRequest.of(page, size)).map(ItemView::of);
    }

    @Get("/{referralId}")
    @Operation(summary = "Eine eigene Überweisung; Kundendaten nur im Rahmen der Einwilligung")
    DetailView read(@PathVariable UUID referralId, Authentication authentication) {
        return DetailView.of(api.read(CurrentUser.of(authentication), referralId));
    }

    @Post("/{referralId}/status")
    @Operation(summary = "Strukturierte Rückmeldung: status (ACCEPTED, REJECTED, STARTED, COMPLETED, ABORTED), "
            + "reasonCode, startedOn, endedOn, nextStepCode, attended — kein Freitext")
    DetailView report(@PathVariable UUID referralId, @Body Map<String, Object> body, Authentication authentication) {
        return DetailView.of(api.report(CurrentUser.of(authentication), referralId, parse(body)));
    }

    private static Referral.Update parse(Map<String, Object> body) {
        for (String field : body.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new RuleViolation(field, "FIELD_NOT_ALLOWED", "Rückmeldungen sind strukturiert: " + FIELDS
                        + ". Beratungsinhalte werden nie übermittelt.");
            }
        }
        Referral.Status status = null;
        if (body.get("status") != null) {
            try {
                status = Referral.Status.valueOf(body.get("status").toString());
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("status", "UNKNOWN_STATUS", "Status: ACCEPTED, REJECTED, STARTED, COMPLETED, ABORTED.");
            }
        }
        Object attended = body.get("attended");
        if (attended != null && !(attended instanceof Boolean)) {
            throw new RuleViolation("attended", "BOOLEAN", "true oder false.");
        }
        return new Referral.Update(status, code(body, "reasonCode"), date(body, "startedOn"), date(body, "endedOn"),
                code(body, "nextStepCode"), (Boolean) attended);
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
