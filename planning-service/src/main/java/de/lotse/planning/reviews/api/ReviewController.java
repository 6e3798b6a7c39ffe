package de.lotse.planning.reviews.api;

import de.lotse.planning.reviews.application.ReviewService;
import de.lotse.planning.reviews.domain.ContinuationReview;
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
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller("/api")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(
        name = "Fortführungsprüfung",
        description = "Prüfung alle 6 Monate, Höchstdauer und Verlängerung mit " + "Zustimmung der Teamleitung")
class ReviewController {
    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Serdeable
    @Schema(name = "Fortfuehrungspruefung")
    record ReviewRequest(
            @Schema(description = "Datum der Prüfung; ohne Angabe heute") @Nullable @PastOrPresent
            LocalDate reviewedOn,

            @Schema(
                    description = "CONTINUE (fortführen), CLOSE (Beendigung empfehlen), EXTEND (über die "
                            + "Höchstdauer verlängern)")
            @NotNull
            ContinuationReview.Decision decision,

            @Schema(description = "Gründe für die Fortführung") @MultiLine @Nullable @Size(max = 5000)
            String reasons,

            @Schema(description = "Erfolgsaussichten: GOOD, MODERATE, LOW") @Nullable
            ContinuationReview.Prognosis prognosis,

            @Schema(description = "EXTEND: Verlängerung bis") @Nullable
            LocalDate extendedUntil) {}

    @Serdeable
    @Schema(name = "Verlaengerungsentscheidung")
    record DecisionRequest(
            @Schema(description = "Verlängerung genehmigt") @NotNull
            Boolean approve,

            @Schema(description = "Begründung der Teamleitung") @MultiLine @Nullable @Size(max = 2000)
            String note) {}

    @Serdeable
    @Schema(name = "FortfuehrungspruefungAnsicht")
    record ReviewView(
            UUID id,
            UUID caseId,
            LocalDate reviewedOn,
            String decision,
            @Nullable String reasons,
            @Nullable String prognosis,
            String basis,
            String extension,
            @Nullable LocalDate extendedUntil,
            @Nullable String decidedBy,
            @Nullable String decisionNote,
            @Nullable LocalDate nextReviewDueOn,
            int policyVersion,
            String reviewedBy,
            Instant recordedAt) {
        static ReviewView of(ContinuationReview r, boolean withTexts) {
            return new ReviewView(
                    r.id(),
                    r.caseId(),
                    r.reviewedOn(),
                    r.decision().name(),
                    withTexts ? r.reasons() : null,
                    r.prognosis() == null ? null : r.prognosis().name(),
                    r.basis().name(),
                    r.extension().name(),
                    r.extendedUntil(),
                    r.decidedBy(),
                    withTexts ? r.decisionNote() : null,
                    r.nextReviewDueOn(),
                    r.policyVersion(),
                    r.reviewedBy(),
                    r.recordedAt());
        }
    }

    @Post("/cases/{caseId}/continuation-reviews")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Fortführungsprüfung dokumentieren (veröffentlicht continuation-reviewed)")
    HttpResponse<ReviewView> record(
            @PathVariable UUID caseId, @Valid @Body ReviewRequest request, Authentication authentication) {
        ContinuationReview review = reviews.record(
                CurrentUser.of(authentication),
                caseId,
                new ReviewService.Input(
                        request.reviewedOn(),
                        request.decision(),
                        request.reasons(),
                        request.prognosis(),
                        request.extendedUntil()));
        return HttpResponse.created(
                ReviewView.of(review, true),
                URI.create("/api/cases/" + caseId + "/continuation-reviews/" + review.id()));
    }

    @Post("/cases/{caseId}/continuation-reviews/{reviewId}/decision")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured(Roles.TL)
    @Operation(summary = "Teamleitung entscheidet über eine beantragte Verlängerung")
    ReviewView decide(
            @PathVariable UUID caseId,
            @PathVariable UUID reviewId,
            @Valid @Body DecisionRequest request,
            Authentication authentication) {
        return ReviewView.of(
                reviews.decide(CurrentUser.of(authentication), caseId, reviewId, request.approve(), request.note()),
                true);
    }

    @Get("/cases/{caseId}/continuation-reviews")
    @ProblemDocs.NotFound
    @Operation(summary = "Fortführungsprüfungen des Falls (wird protokolliert)")
    List<ReviewView> list(@PathVariable UUID caseId, Authentication authentication) {
        return reviews.list(CurrentUser.of(authentication), caseId).stream()
                .map(r -> ReviewView.of(r, true))
                .toList();
    }

    @Get("/extension-requests")
    @Secured(Roles.TL)
    @Operation(summary = "Verlängerungsanträge des Teams, die auf Entscheidung warten (ohne Begründungstexte)")
    List<ReviewView> requested(Authentication authentication) {
        return reviews.requestedExtensions(CurrentUser.of(authentication)).stream()
                .map(r -> ReviewView.of(r, false))
                .toList();
    }
}
