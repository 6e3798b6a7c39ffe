package de.lotse.intake.jobcenter.api;

import de.lotse.intake.jobcenter.domain.Bundesland;
import de.lotse.intake.jobcenter.domain.JobcenterRecord;
import de.lotse.intake.jobcenter.domain.Region;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

final class JobcenterViews {
    private JobcenterViews() {}

    @Serdeable
    @Schema(name = "Jobcenter", description = "Stammdaten des eigenen Jobcenters")
    record JobcenterView(
            String name,
            String street,
            String postalCode,
            String city,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String contactHours,

            @Schema(description = "Bundesland (Kürzel nach ISO 3166-2)")
            String stateCode,

            @Schema(description = "Name des Bundeslandes") String stateName,

            @Schema(description = "Region mit abweichenden Feiertagen, falls gewählt") @Nullable
            String regionCode,

            @Schema(description = "Bezeichnung der Region") @Nullable
            String regionLabel,

            @Schema(description = "Version (beim Ändern mitschicken)")
            long version,

            @Schema(description = "geändert von") String changedBy,
            Instant changedAt) {

        static JobcenterView of(JobcenterRecord r, List<Region> regions) {
            String regionLabel = r.regionCode() == null
                    ? null
                    : regions.stream()
                            .filter(region -> region.code().equals(r.regionCode()))
                            .map(Region::label)
                            .findFirst()
                            .orElse(r.regionCode());
            return new JobcenterView(
                    r.name(),
                    r.street(),
                    r.postalCode(),
                    r.city(),
                    r.phone(),
                    r.email(),
                    r.contactHours(),
                    r.state().name(),
                    r.state().germanName(),
                    r.regionCode(),
                    regionLabel,
                    r.version(),
                    r.changedBy(),
                    r.changedAt());
        }
    }

    @Serdeable
    @Schema(name = "Bundesland", description = "Ein Bundesland mit seinen Regionen abweichender Feiertage")
    record StateView(
            @Schema(description = "Kürzel nach ISO 3166-2") String code,
            String name,

            @Schema(description = "Regionen mit abweichenden Feiertagen; meist keine")
            List<RegionView> regions) {
        static StateView of(Bundesland state, List<Region> regions) {
            return new StateView(
                    state.name(),
                    state.germanName(),
                    regions.stream()
                            .map(r -> new RegionView(r.code(), r.label()))
                            .toList());
        }
    }

    @Serdeable
    @Schema(name = "Feiertagsregion")
    record RegionView(
            String code,

            @Schema(description = "Bezeichnung mit den zusätzlichen Feiertagen")
            String label) {}
}
