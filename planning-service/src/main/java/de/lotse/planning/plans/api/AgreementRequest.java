package de.lotse.planning.plans.api;

import de.lotse.platform.input.MultiLine;
import de.lotse.planning.plans.domain.Agreement;
import de.lotse.planning.plans.domain.AgreementException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

@Serdeable
@Schema(name = "Vereinbarung", description = "Abschluss einer Eingliederungsvereinbarung oder eines Kooperationsplans "
        + "(Art nach Richtlinie des Jobcenters) auf Grundlage des aktuellen Plans — oder begründet keine Vereinbarung.")
public record AgreementRequest(
        @Schema(description = "EINV, KOOPERATIONSPLAN oder NONE (keine Vereinbarung, nur mit Ausnahmegrund)")
        @NotBlank @Pattern(regexp = "EINV|KOOPERATIONSPLAN|NONE") String type,
        @Schema(description = "Abschlussdatum; ohne Angabe heute") @Nullable LocalDate agreedOn,
        @Schema(description = "Gültig bis (höchstens die Höchstdauer der Richtlinie, i. d. R. 6 Monate)") @Nullable LocalDate validUntil,
        @Schema(description = "Leistungen des Jobcenters") @Nullable @Size(max = 30) List<@NotBlank @Size(max = 1000) String> jobcenterServices,
        @Schema(description = "Bemühungen der Kundin / des Kunden") @Nullable @Size(max = 30) List<@NotBlank @Size(max = 1000) String> customerObligations,
        @Schema(description = "Rechtsfolgenbelehrung erteilt (nur EinV)") @Nullable Boolean legalConsequenceInstruction,
        @Schema(description = "Unter 18: Mitunterzeichnung der gesetzlichen Vertretung am") @Nullable LocalDate guardianSignedOn,
        @Schema(description = "Grund für keine Vereinbarung") @Nullable AgreementException exception,
        @Schema(description = "Begründung (Pflicht bei CANNOT_OVERSEE_CONSEQUENCES)") @MultiLine @Nullable @Size(max = 2000) String exceptionNote) {

    Agreement.Terms toTerms() {
        return new Agreement.Terms(type, agreedOn, validUntil, jobcenterServices == null ? List.of() : jobcenterServices,
                customerObligations == null ? List.of() : customerObligations, Boolean.TRUE.equals(legalConsequenceInstruction),
                guardianSignedOn, exception, exceptionNote);
    }
}
