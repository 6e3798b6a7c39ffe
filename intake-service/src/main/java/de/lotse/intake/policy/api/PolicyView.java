package de.lotse.intake.policy.api;

import de.lotse.intake.policy.domain.JobcenterPolicy;
import de.lotse.intake.policy.domain.PolicySettings;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Serdeable
@Schema(name = "Richtlinie", description = "Eine Version der lokalen Umsetzungsstrategie des Jobcenters")
public record PolicyView(
        @Schema(description = "Jobcenter") String jobcenterId,

        @Schema(description = "Version (jede Entscheidung nennt die Version, unter der sie getroffen wurde)")
        int version,

        @Schema(description = "Vorlage (BA2010, PANKOW, UCKERMARK, TAH) oder CUSTOM, wenn angepasst")
        String presetCode,

        @Schema(description = "Vorlage, von der die Einstellungen ausgehen")
        String basePreset,

        @Schema(description = "Einstellungen") PolicySettings settings,
        @Schema(description = "gültig ab") LocalDate effectiveFrom,
        @Schema(description = "geändert von") String changedBy,
        Instant changedAt,
        @Schema(description = "Begründung der Änderung") String changeNote) {

    static PolicyView of(JobcenterPolicy policy) {
        return new PolicyView(
                policy.jobcenterId(),
                policy.version(),
                policy.presetCode(),
                policy.basePreset().name(),
                policy.settings(),
                policy.effectiveFrom(),
                policy.changedBy(),
                policy.changedAt(),
                policy.changeNote());
    }
}
