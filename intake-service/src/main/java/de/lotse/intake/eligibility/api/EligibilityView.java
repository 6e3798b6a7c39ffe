package de.lotse.intake.eligibility.api;

import de.lotse.intake.eligibility.domain.CriterionResult;
import de.lotse.intake.eligibility.domain.Eligibility;
import de.lotse.intake.eligibility.domain.PathResult;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@Schema(name = "Zugangspruefung", description = "Ergebnis der Prüfung der Zugangskriterien, Kriterium für Kriterium")
public record EligibilityView(
        @Schema(description = "Richtlinienversion, nach der geprüft wurde")
        int policyVersion,

        @Schema(description = "Ein Zugangsweg ist erfüllt und kein Ausschlussgrund liegt vor")
        boolean eligible,

        @Schema(description = "Erfüllte Zugangsgründe (für die Vormerkung)")
        List<String> satisfiedReasons,

        @Schema(description = "Alle geprüften Kriterien") List<CriterionResult> criteria,

        @Schema(description = "Alle Zugangswege: in der Richtlinie vorgesehen, erfüllt, mit ihren Kriterien")
        List<PathResult> paths,

        @Schema(description = "Ausschlussgründe der Richtlinie")
        List<CriterionResult> exclusions) {

    public static EligibilityView of(Eligibility eligibility) {
        return new EligibilityView(
                eligibility.policyVersion(),
                eligibility.eligible(),
                eligibility.satisfiedReasons().stream().map(Enum::name).toList(),
                eligibility.criteria(),
                eligibility.paths(),
                eligibility.exclusions());
    }
}
