package de.lotse.intake.policy.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a Jobcenter's policy. Versions are never changed; an adjustment is a new version,
 * and every decision records the version it was made under.
 *
 * @param version       1, 2, … per Jobcenter
 * @param presetCode    the preset, or {@link Preset#CUSTOM} when the settings differ from it
 * @param basePreset    the preset the settings started from
 * @param changedBy     subject of the administrator (or {@code system} for the automatic BA2010 start)
 * @param changeNote    why the version was made
 */
public record JobcenterPolicy(
        String jobcenterId,
        int version,
        String presetCode,
        Preset basePreset,
        PolicySettings settings,
        LocalDate effectiveFrom,
        String changedBy,
        Instant changedAt,
        String changeNote) {

    /** A new version from a preset, adjusted or not. */
    public static JobcenterPolicy next(
            String jobcenterId,
            int version,
            Preset basePreset,
            PolicySettings settings,
            LocalDate effectiveFrom,
            String changedBy,
            Instant changedAt,
            String note) {
        settings.validate();
        String code = settings.equals(basePreset.settings()) ? basePreset.name() : Preset.CUSTOM;
        return new JobcenterPolicy(
                jobcenterId, version, code, basePreset, settings, effectiveFrom, changedBy, changedAt, note);
    }
}
