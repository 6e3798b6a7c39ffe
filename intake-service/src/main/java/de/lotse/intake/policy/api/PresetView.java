package de.lotse.intake.policy.api;

import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.intake.policy.domain.Preset;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Vorlage", description = "Eine Richtlinienvorlage, aus einem realen Jobcenter-Dokument abgeleitet")
public record PresetView(
        String code, @Schema(description = "Quelle") String source, PolicySettings settings) {

    static PresetView of(Preset preset) {
        return new PresetView(preset.name(), preset.source(), preset.settings());
    }
}
