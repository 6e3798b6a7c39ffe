package de.lotse.planning.consultations.api;

import de.lotse.planning.consultations.application.ConsultationService;
import de.lotse.planning.consultations.domain.Consultation;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(
        name = "Kollegiale Fallberatung",
        description = "Die Fachkraft stellt einen Fall Kolleginnen und Kollegen des "
                + "eigenen Teams vor; sie beraten zu einer Fragestellung (PANKOW 8, TAH 3.1, DV2017 9). Wer den Fall sonst "
                + "nicht bearbeiten darf, sieht ihn nur unter einem Pseudonym. Fragestellung und Ergebnis dürfen die Kundin / "
                + "den Kunden nicht nennen — keine Namen, keine Kundennummer, keine Anschrift.")
class ConsultationController {
    private static final String NO_CUSTOMER_NAMES = " Ohne Namen, Kundennummer oder Anschrift der Kundin / des "
            + "Kunden: Teilnehmende ohne Zugriff auf den Fall lesen den Text unter einem Pseudonym.";

    private final ConsultationService consultations;

    ConsultationController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Serdeable
    @Schema(name = "Fallberatung")
    record ConsultationRequest(
            @Schema(description = "Tag der Fallberatung (nicht in der Zukunft, nicht vor der Aufnahme)") @NotNull
            LocalDate heldOn,

            @Schema(
                    description =
                            "Kolleginnen und Kollegen des eigenen Teams, die beraten haben (Kennungen, 1–15; "
                                    + "die vorstellende Fachkraft nimmt immer teil und wird nicht angegeben). Ein Verzeichnis der "
                                    + "Mitarbeitenden gibt es noch nicht: Lotse prüft, dass jede Kennung zum eigenen Team gehört.")
            @NotNull
            @Size(min = 1, max = Consultation.MAX_PARTICIPANTS)
            List<@NotBlank @Size(max = 150) String> participants,

            @Schema(description = "Fragestellung." + NO_CUSTOMER_NAMES)
            @NotBlank
            @MultiLine
            @Size(max = Consultation.MAX_QUESTION)
            String question,

            @Schema(description = "Ergebnis bzw. Empfehlung der Beratung." + NO_CUSTOMER_NAMES)
            @NotBlank
            @MultiLine
            @Size(max = Consultation.MAX_OUTCOME)
            String outcome) {}

    @Serdeable
    @Schema(name = "FallberatungAnsicht")
    record ConsultationView(
            UUID id,
            UUID caseId,
            LocalDate heldOn,
            String presentedBy,
            List<String> participants,
            String question,
            String outcome,
            String pseudonym,
            Instant recordedAt) {
        static ConsultationView of(Consultation c) {
            return new ConsultationView(
                    c.id(),
                    c.caseId(),
                    c.heldOn(),
                    c.presentedBy(),
                    c.participants(),
                    c.question(),
                    c.outcome(),
                    c.pseudonym(),
                    c.recordedAt());
        }
    }

    @Serdeable
    @Schema(
            name = "MeineFallberatung",
            description = "Eine Fallberatung, an der Sie teilgenommen haben. Ohne Zugriff "
                    + "auf den Fall (nicht zuständig, nicht Vertretung, nicht Teamleitung) fehlt die Fall-ID: der Fall heißt "
                    + "dann nur nach seinem Pseudonym.")
    record MineView(
            UUID id,

            @Schema(description = "nur, wenn Sie den Fall ohnehin bearbeiten dürfen") @Nullable
            UUID caseId,

            @Schema(description = "z. B. „Fall K7F-3QX“, je Fallberatung zufällig")
            String pseudonym,

            boolean caseReadable,
            LocalDate heldOn,
            String presentedBy,
            List<String> participants,
            String question,
            String outcome) {
        static MineView of(ConsultationService.Seen s) {
            Consultation c = s.consultation();
            return new MineView(
                    c.id(),
                    s.caseReadable() ? c.caseId() : null,
                    c.pseudonym(),
                    s.caseReadable(),
                    c.heldOn(),
                    c.presentedBy(),
                    c.participants(),
                    c.question(),
                    c.outcome());
        }
    }

    @Post("/api/cases/{caseId}/consultations")
    @Secured(Roles.FM)
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Kollegiale Fallberatung dokumentieren",
            description = "Die zuständige Fachkraft (oder ihre "
                    + "Vertretung) dokumentiert eine Fallberatung mit Kolleginnen und Kollegen des eigenen Teams; die "
                    + "Teamleitung kann teilnehmen. Fragestellung und Ergebnis nennen die Kundin / den Kunden nicht.")
    HttpResponse<ConsultationView> record(
            @PathVariable UUID caseId, @Valid @Body ConsultationRequest request, Authentication authentication) {
        Consultation c = consultations.record(
                CurrentUser.of(authentication),
                caseId,
                request.heldOn(),
                request.participants(),
                request.question(),
                request.outcome());
        return HttpResponse.created(ConsultationView.of(c), URI.create("/api/cases/" + caseId + "/consultations"));
    }

    @Get("/api/cases/{caseId}/consultations")
    @ProblemDocs.NotFound
    @Operation(
            summary = "Fallberatungen des Falls (wird protokolliert)",
            description = "Für die zuständige " + "Fachkraft, ihre Vertretung und die Teamleitung; neueste zuerst.")
    List<ConsultationView> ofCase(@PathVariable UUID caseId, Authentication authentication) {
        return consultations.ofCase(CurrentUser.of(authentication), caseId).stream()
                .map(ConsultationView::of)
                .toList();
    }

    @Get("/api/consultations")
    @Operation(
            summary = "Meine Fallberatungen (wird protokolliert)",
            description = "Die Fallberatungen, an denen Sie "
                    + "teilgenommen haben, für die Teamleitung zudem alle zu Fällen des Teams; neueste zuerst, höchstens "
                    + ConsultationService.LIST_LIMIT + ". Fälle, die Sie nicht bearbeiten dürfen, erscheinen nur unter "
                    + "ihrem Pseudonym, ohne Fall-ID und ohne Kundenbezug.")
    List<MineView> mine(Authentication authentication) {
        return consultations.mine(CurrentUser.of(authentication)).stream()
                .map(MineView::of)
                .toList();
    }
}
