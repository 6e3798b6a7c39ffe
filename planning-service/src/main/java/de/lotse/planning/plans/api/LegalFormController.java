package de.lotse.planning.plans.api;

import de.lotse.planning.plans.application.Letters;
import de.lotse.planning.plans.domain.LegalForm;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The legal forms of the agreement with their effective dates (docs/domain.md §15), so screens name them as the law does. */
@Controller("/api/agreement-legal-forms")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL})
@Tag(name = "Integrationsplan und Vereinbarung")
class LegalFormController {
    private final Letters letters;

    LegalFormController(Letters letters) {
        this.letters = letters;
    }

    @Serdeable
    @Schema(
            name = "Rechtsform",
            description = "Form der Vereinbarung nach § 15 SGB II, gültig für Abschlüsse ab einem Datum")
    record LegalFormView(
            LocalDate effectiveFrom,
            String code,
            String title,
            String lawReference,
            boolean legalConsequencesInPlan,
            boolean conciliation,
            int reviewWithinMonths) {
        static LegalFormView of(LegalForm f) {
            return new LegalFormView(
                    f.effectiveFrom(),
                    f.code(),
                    f.title(),
                    f.lawReference(),
                    f.legalConsequencesInPlan(),
                    f.conciliation(),
                    f.reviewWithinMonths());
        }
    }

    @Get
    @Operation(
            summary =
                    "Rechtsformen der Vereinbarung mit Gültigkeitsbeginn (Eingliederungsvereinbarung a. F., Kooperationsplan)")
    List<LegalFormView> forms() {
        return letters.legalForms().stream().map(LegalFormView::of).toList();
    }
}
