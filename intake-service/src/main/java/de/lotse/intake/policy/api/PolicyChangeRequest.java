package de.lotse.intake.policy.api;

import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.intake.policy.domain.Preset;
import de.lotse.platform.input.MultiLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Serdeable
@Schema(
        name = "Richtlinienaenderung",
        description = "Neue Version der Richtlinie: eine Vorlage wählen und ggf. anpassen")
public record PolicyChangeRequest(
        @Schema(description = "Vorlage") @NotNull Preset basePreset,

        @Schema(description = "Angepasste Einstellungen; ohne Angabe die der Vorlage") @Nullable
        PolicySettings settings,

        @Schema(description = "Begründung der Änderung") @MultiLine @NotBlank @Size(max = 2000)
        String note,

        @Schema(
                description = "gültig ab; ohne Angabe ab heute. Ein früherer Tag gilt für Vorgänge ab diesem Tag"
                        + " (Übernahme von Altfällen), ein späterer für eine geplante Änderung")
        @Nullable
        LocalDate effectiveFrom) {
    /** A change that takes effect today. */
    public PolicyChangeRequest(Preset basePreset, PolicySettings settings, String note) {
        this(basePreset, settings, note, null);
    }
}
