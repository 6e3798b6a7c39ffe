package de.lotse.intake.cases.api;

import de.lotse.intake.cases.application.CaseQueries;
import de.lotse.intake.cases.application.ReferralService;
import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseStatus;
import de.lotse.intake.customers.application.CustomerService;
import de.lotse.intake.eligibility.api.EligibilityView;
import de.lotse.intake.eligibility.api.FactsInput;
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

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Controller("/api")
@ProblemDocs.Standard
@Tag(
        name = "Fälle",
        description = "Vormerkung, Fallakte und Arbeitslisten (jedes Lesen von Kundendaten wird protokolliert)")
class CaseController {
    private final ReferralService referrals;
    private final CaseQueries queries;

    CaseController(ReferralService referrals, CaseQueries queries) {
        this.referrals = referrals;
        this.queries = queries;
    }

    @Post("/referrals")
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Secured({Roles.AV, Roles.FM, Roles.TL})
    @Operation(
            summary = "Kundin / Kunden für das Fallmanagement vormerken (Zugangskriterien werden geprüft, "
                    + "Ausschlussgründe verhindern die Vormerkung)")
    HttpResponse<ReferralView> refer(@Valid @Body ReferralRequest request, Authentication authentication) {
        ReferralService.Referred referred = referrals.refer(
                CurrentUser.of(authentication),
                new ReferralService.Command(
                        new CustomerService.MasterData(
                                request.customerNumber(),
                                request.firstName(),
                                request.lastName(),
                                request.dateOfBirth(),
                                request.householdRef(),
                                null,
                                request.responsibleAvId()),
                        request.route(),
                        request.reasons(),
                        request.teamId(),
                        request.note(),
                        FactsInput.toFacts(request.facts()),
                        new BfmCase.BenefitDates(request.applicationOn(), request.benefitDecisionOn())));
        CaseView view = CaseView.of(referred.referred());
        return HttpResponse.created(
                new ReferralView(view.caseId(), view.status(), view, EligibilityView.of(referred.eligibility())),
                URI.create("/api/cases/" + view.caseId()));
    }

    @Get("/cases")
    @Secured({Roles.AV, Roles.FM, Roles.TL})
    @Operation(summary = "Arbeitslisten: MY_REFERRALS, MY_CUSTOMERS, AWAITING_MY_DECISION, MY_CASELOAD, TEAM")
    Page<ListViews.CaseLine> list(
            @QueryValue CaseQueries.Scope scope,
            @Nullable @QueryValue List<CaseStatus> status,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication authentication) {
        return queries.list(
                        CurrentUser.of(authentication),
                        scope,
                        status == null ? null : Set.copyOf(status),
                        PageRequest.of(page, size))
                .map(ListViews.CaseLine::of);
    }

    @Get("/cases/{caseId}")
    @ProblemDocs.NotFound
    @Secured({Roles.AV, Roles.FM, Roles.TL})
    @Operation(summary = "Fallakte mit Kundendaten")
    CaseView get(@PathVariable UUID caseId, Authentication authentication) {
        return CaseView.of(queries.view(CurrentUser.of(authentication), caseId));
    }

    @Serdeable
    @Schema(name = "Empfaenger", description = "Die Kundin / der Kunde als Empfänger eines Schreibens")
    record RecipientView(String customerNumber, String firstName, String lastName) {}

    @Get("/cases/{caseId}/recipient")
    @ProblemDocs.NotFound
    @Secured({Roles.AV, Roles.FM, Roles.TL})
    @Operation(summary = "Empfängerangaben für ein Schreiben: Kundennummer und Name (wird protokolliert)")
    RecipientView recipient(@PathVariable UUID caseId, Authentication authentication) {
        var customer = queries.recipient(CurrentUser.of(authentication), caseId);
        return new RecipientView(customer.customerNumber(), customer.firstName(), customer.lastName());
    }

    @Get("/cases/{caseId}/decisions")
    @ProblemDocs.NotFound
    @Secured({Roles.AV, Roles.FM, Roles.TL})
    @Operation(summary = "Alle Entscheidungen zum Fall mit der Richtlinienversion, unter der sie fielen")
    List<ListViews.DecisionLine> decisions(@PathVariable UUID caseId, Authentication authentication) {
        return queries.decisions(CurrentUser.of(authentication), caseId).stream()
                .map(ListViews.DecisionLine::of)
                .toList();
    }

    @Get("/cases/{caseId}/criteria")
    @ProblemDocs.NotFound
    @Secured({Roles.AV, Roles.FM, Roles.TL})
    @Operation(summary = "Die Zugangsprüfung, auf der die Vormerkung beruht (Kriterien-Snapshot)")
    EligibilityView criteria(@PathVariable UUID caseId, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        CaseQueries.CaseFile file = queries.view(user, caseId);
        return EligibilityView.of(referrals.snapshot(file.line().bfmCase()));
    }
}
