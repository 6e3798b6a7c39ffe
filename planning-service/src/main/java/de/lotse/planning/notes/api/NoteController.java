package de.lotse.planning.notes.api;

import de.lotse.planning.notes.application.NoteService;
import de.lotse.planning.notes.domain.Note;
import de.lotse.planning.notes.domain.Visibility;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

@Controller("/api/cases/{caseId}/notes")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(
        name = "Vermerke",
        description = "Beratungsvermerk, Vermerk zur Standortbestimmung, Vermerk FM (individuell); "
                + "jeder Lesezugriff wird protokolliert")
class NoteController {
    private final NoteService notes;

    NoteController(NoteService notes) {
        this.notes = notes;
    }

    @Serdeable
    @Schema(name = "Vermerk")
    record NoteRequest(
            @Schema(
                    description = "GENERAL (Beratungsvermerk), LOCATION_ASSESSMENT (Standortbestimmung), "
                            + "FM_INDIVIDUAL (nur zuständige FM, Vertretung mit Einverständnis, TL)")
            @NotNull
            Visibility visibility,

            @MultiLine @NotBlank @Size(max = 20000) String text,

            @Schema(description = "Kontakt, zu dem der Vermerk gehört") @Nullable
            UUID contactId) {}

    @Serdeable
    @Schema(name = "VermerkAnsicht")
    record NoteView(
            UUID id,
            String visibility,
            String text,
            @Nullable UUID contactId,
            String author,
            Instant writtenAt) {
        static NoteView of(Note n) {
            return new NoteView(n.id(), n.visibility().name(), n.text(), n.contactId(), n.author(), n.writtenAt());
        }
    }

    @Post
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Vermerk schreiben")
    HttpResponse<NoteView> write(
            @PathVariable UUID caseId, @Valid @Body NoteRequest request, Authentication authentication) {
        Note note = notes.write(
                CurrentUser.of(authentication), caseId, request.visibility(), request.text(), request.contactId());
        return HttpResponse.created(NoteView.of(note), URI.create("/api/cases/" + caseId + "/notes/" + note.id()));
    }

    @Get("{?visibility,page,size}")
    @ProblemDocs.NotFound
    @Operation(summary = "Vermerke, die Sie sehen dürfen, neueste zuerst (wird protokolliert)")
    Page<NoteView> list(
            @PathVariable UUID caseId,
            @Nullable @QueryValue Visibility visibility,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication authentication) {
        return notes.list(CurrentUser.of(authentication), caseId, visibility, PageRequest.of(page, size))
                .map(NoteView::of);
    }

    @Get("/{noteId}")
    @ProblemDocs.NotFound
    @Operation(summary = "Ein Vermerk (wird protokolliert; FM individuell nur für Berechtigte)")
    NoteView read(@PathVariable UUID caseId, @PathVariable UUID noteId, Authentication authentication) {
        return NoteView.of(notes.read(CurrentUser.of(authentication), caseId, noteId));
    }
}
