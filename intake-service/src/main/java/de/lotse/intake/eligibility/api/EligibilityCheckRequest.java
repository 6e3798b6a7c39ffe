package de.lotse.intake.eligibility.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

@Serdeable
@Schema(
        name = "Zugangspruefungsanfrage",
        description = "Kundennummer (falls bekannt: Fakten aus dem letzten Assessment) und Angaben")
public record EligibilityCheckRequest(
        @Schema(description = "Kundennummer, falls die Kundin / der Kunde bekannt ist", example = "123A456789")
        @Nullable
        @Pattern(regexp = "[0-9]{3}[A-Z][0-9]{6}")
        String customerNumber,

        @Schema(description = "Angaben der Arbeitsvermittlung") @Nullable @Valid
        FactsInput facts) {}
