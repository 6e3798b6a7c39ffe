package de.lotse.planning.plans.api;

import de.lotse.planning.plans.domain.Agreement;
import de.lotse.planning.plans.domain.AgreementException;
import de.lotse.platform.input.MultiLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

@Serdeable
@Schema(
        name = "Vereinbarung",
        description = "Abschluss der Vereinbarung nach § 15 SGB II auf Grundlage des aktuellen "
                + "Plans — seit 1. Juli 2023 ein Kooperationsplan, davor eine Eingliederungsvereinbarung (a. F.); die Form folgt "
                + "dem Abschlussdatum — oder begründet keine Vereinbarung.")
public record AgreementRequest(
        @Schema(
                description = "NONE für keine Vereinbarung (nur mit Ausnahmegrund); sonst leer — oder die Form, die am "
                        + "Abschlussdatum gilt (KOOPERATIONSPLAN ab 01.07.2023, EINV davor)")
        @Nullable
        @Pattern(regexp = "EINV|KOOPERATIONSPLAN|NONE")
        String type,

        @Schema(description = "Abschlussdatum; ohne Angabe heute") @Nullable
        LocalDate agreedOn,

        @Schema(
                description =
                        "Gültig bis: Pflicht, wenn die Richtlinie die Gültigkeit begrenzt (z. B. 6 Monate), sonst "
                                + "frei")
        @Nullable
        LocalDate validUntil,

        @Schema(
                description = "Gemeinsame Überprüfung spätestens am (höchstens 6 Monate nach Abschluss, § 15 SGB II); "
                        + "ohne Angabe 6 Monate nach Abschluss")
        @Nullable
        LocalDate reviewOn,

        @Schema(description = "Leistungen des Jobcenters") @Nullable @Size(max = 30)
        List<@NotBlank @Size(max = 1000) String> jobcenterServices,

        @Schema(description = "Bemühungen der Kundin / des Kunden") @Nullable @Size(max = 30)
        List<@NotBlank @Size(max = 1000) String> customerObligations,

        @Schema(description = "Rechtsfolgenbelehrung erteilt (nur EinV)") @Nullable
        Boolean legalConsequenceInstruction,

        @Schema(description = "Unter 18: Mitunterzeichnung der gesetzlichen Vertretung am") @Nullable
        LocalDate guardianSignedOn,

        @Schema(description = "Grund für keine Vereinbarung") @Nullable
        AgreementException exception,

        @Schema(description = "Begründung (Pflicht bei CANNOT_OVERSEE_CONSEQUENCES)")
        @MultiLine
        @Nullable
        @Size(max = 2000)
        String exceptionNote) {

    Agreement.Terms toTerms() {
        return new Agreement.Terms(
                type,
                agreedOn,
                validUntil,
                reviewOn,
                jobcenterServices == null ? List.of() : jobcenterServices,
                customerObligations == null ? List.of() : customerObligations,
                Boolean.TRUE.equals(legalConsequenceInstruction),
                guardianSignedOn,
                exception,
                exceptionNote);
    }
}
