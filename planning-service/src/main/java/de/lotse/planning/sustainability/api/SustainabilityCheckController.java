package de.lotse.planning.sustainability.api;

import de.lotse.planning.sustainability.application.SustainabilityCheckService;
import de.lotse.planning.sustainability.domain.Checkpoint;
import de.lotse.planning.sustainability.domain.Source;
import de.lotse.planning.sustainability.domain.SustainabilityCheck;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller("/api/cases/{caseId}/sustainability-checks")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(
        name = "Nachhaltigkeit der Integration",
        description = "Nach einem Abgang in Arbeit prüft das Jobcenter nach 6 "
                + "und nach 12 Monaten, ob die Beschäftigung fortbesteht und mindestens 15 Stunden pro Woche umfasst — aus "
                + "dem, was ihm bekannt ist (z. B. Leistungsakte). Außerhalb der Nachbetreuung wird die ehemalige Kundin oder "
                + "der ehemalige Kunde dafür nicht kontaktiert.")
class SustainabilityCheckController {
    private final SustainabilityCheckService checks;

    SustainabilityCheckController(SustainabilityCheckService checks) {
        this.checks = checks;
    }

    @Serdeable
    @Schema(name = "NachhaltigkeitsPruefung")
    record CheckRequest(
            @Schema(description = "nach 6 oder nach 12 Monaten") @NotNull
            Checkpoint checkpoint,

            @Schema(description = "Tag der Prüfung; frühestens 6 bzw. 12 Monate nach dem Abgang") @NotNull
            LocalDate checkedOn,

            @Schema(description = "Die Beschäftigung besteht fort") @NotNull
            Boolean employmentLasted,

            @Schema(
                    description = "mindestens 15 Stunden pro Woche; anzugeben, wenn die Beschäftigung "
                            + "fortbesteht, sonst leer")
            @Nullable
            Boolean atLeast15Hours,

            @Schema(
                    description = "Woher das Jobcenter es weiß: Leistungsakte, Bestätigung des "
                            + "Arbeitgebers, Meldung der Kundin / des Kunden, Kontakt in der Nachbetreuung")
            @NotNull
            Source source,

            @Schema(description = "Vermerk der Fachkraft") @Nullable @MultiLine @Size(max = 1000)
            String note) {}

    @Serdeable
    @Schema(name = "NachhaltigkeitsPruefungAnsicht")
    record CheckView(
            UUID id,
            String checkpoint,
            LocalDate checkedOn,
            boolean employmentLasted,
            @Nullable Boolean atLeast15Hours,

            @Schema(description = "fortbestehend mit mindestens 15 Stunden pro Woche")
            boolean sustained,

            String source,
            @Nullable String note,
            String recordedBy,
            Instant recordedAt) {
        static CheckView of(SustainabilityCheck c) {
            return new CheckView(
                    c.id(),
                    c.checkpoint().name(),
                    c.checkedOn(),
                    c.employmentLasted(),
                    c.atLeast15Hours(),
                    c.sustained(),
                    c.source().name(),
                    c.note(),
                    c.recordedBy(),
                    c.recordedAt());
        }
    }

    @Post
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Nachhaltigkeit der Integration dokumentieren (nach 6 oder 12 Monaten, je einmal)")
    HttpResponse<CheckView> record(
            @PathVariable UUID caseId, @Valid @Body CheckRequest request, Authentication authentication) {
        SustainabilityCheck c = checks.record(
                CurrentUser.of(authentication),
                caseId,
                request.checkpoint(),
                request.checkedOn(),
                request.employmentLasted(),
                request.atLeast15Hours(),
                request.source(),
                request.note());
        return HttpResponse.created(CheckView.of(c), URI.create("/api/cases/" + caseId + "/sustainability-checks"));
    }

    @Get
    @ProblemDocs.NotFound
    @Operation(summary = "Prüfungen der Nachhaltigkeit des Falls (wird protokolliert)")
    List<CheckView> list(@PathVariable UUID caseId, Authentication authentication) {
        return checks.ofCase(CurrentUser.of(authentication), caseId).stream()
                .map(CheckView::of)
                .toList();
    }
}
