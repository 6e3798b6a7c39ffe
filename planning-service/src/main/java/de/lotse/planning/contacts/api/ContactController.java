package de.lotse.planning.contacts.api;

import de.lotse.planning.contacts.application.ContactService;
import de.lotse.planning.contacts.domain.Contact;
import de.lotse.platform.kernel.contacts.ContactDensity;
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

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller("/api/cases/{caseId}")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(name = "Kontakte", description = "Kontakte und Kontaktdichte nach der Richtlinie des Jobcenters")
class ContactController {
    private final ContactService contacts;

    ContactController(ContactService contacts) {
        this.contacts = contacts;
    }

    @Serdeable
    @Schema(name = "KontaktAnsicht")
    record ContactView(
            UUID id,
            String format,
            LocalDate occurredOn,
            boolean qualifiedNote,
            @Nullable LocalDate nextAppointmentOn,
            boolean countsForDensity,
            String recordedBy,
            Instant recordedAt,
            int policyVersion,

            @Schema(description = "in der Nachbetreuung nach Abschluss des Falls erfasst")
            boolean afterCare) {
        static ContactView of(Contact c) {
            return new ContactView(
                    c.id(),
                    c.format().name(),
                    c.occurredOn(),
                    c.qualifiedNote(),
                    c.nextAppointmentOn(),
                    c.countsForDensity(),
                    c.recordedBy(),
                    c.recordedAt(),
                    c.policyVersion(),
                    c.afterCare());
        }
    }

    @Serdeable
    @Schema(
            name = "Kontaktdichte",
            description =
                    "Status gegen die Regel der Richtlinie: NOT_APPLICABLE, COMPLIANT, "
                            + "NOT_COMPLIANT; mit Lücken über dem erlaubten Abstand und dem Tag, bis zu dem der nächste Kontakt fällig ist")
    record DensityView(
            String status,
            @Nullable Integer maxGapMonths,
            @Nullable Integer minPerYear,
            int requiredSoFar,
            int countedLastYear,
            long longestGapDays,
            List<GapView> gaps,
            @Nullable LocalDate nextContactDueOn,
            boolean overdue) {
        static DensityView of(ContactDensity d) {
            return new DensityView(
                    d.status(),
                    d.maxGapMonths(),
                    d.minPerYear(),
                    d.requiredSoFar(),
                    d.countedLastYear(),
                    d.longestGapDays(),
                    d.gaps().stream()
                            .map(g -> new GapView(g.from(), g.to(), g.days()))
                            .toList(),
                    d.nextContactDueOn(),
                    d.overdue());
        }
    }

    @Serdeable
    @Schema(name = "Kontaktluecke")
    record GapView(LocalDate from, LocalDate to, long days) {}

    @Post("/contacts")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Kontakt erfassen (veröffentlicht contact-recorded ohne Vermerktext)")
    HttpResponse<ContactView> record(
            @PathVariable UUID caseId, @Valid @Body ContactRequest request, Authentication authentication) {
        Contact contact = contacts.record(CurrentUser.of(authentication), caseId, request.toInput());
        return HttpResponse.created(ContactView.of(contact), URI.create("/api/cases/" + caseId + "/contacts"));
    }

    @Get("/contacts")
    @ProblemDocs.NotFound
    @Operation(summary = "Kontakte des Falls (Datum, Format, Zählung; ohne Texte)")
    List<ContactView> list(@PathVariable UUID caseId, Authentication authentication) {
        return contacts.list(CurrentUser.of(authentication), caseId).stream()
                .map(ContactView::of)
                .toList();
    }

    @Get("/contact-density")
    @ProblemDocs.NotFound
    @Operation(summary = "Kontaktdichte gegen die Richtlinie, mit nächstem Fälligkeitstag")
    DensityView density(@PathVariable UUID caseId, Authentication authentication) {
        return DensityView.of(contacts.density(CurrentUser.of(authentication), caseId));
    }
}
