package de.lotse.network.imports.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A Jobcenter-wide record of the import file that the network keeps (docs/import.md): a partner ({@code kind}
 * {@code partner}: name, type, services, locations, capacity note, active) or a consent form version
 * ({@code consentForm}: code, text, scopes, purposes, valid from), as the format has it. Codes are checked by the
 * import, so an unknown one is a problem naming its field.
 */
@Serdeable
@Schema(
        name = "UebernahmeNetzwerkDatensatz",
        description = "Partner (kind partner) oder Version eines Einwilligungsformulars (kind consentForm) im Format"
                + " der Übernahmedatei")
public record NetworkRecord(
        @Schema(description = "partner oder consentForm") @NotBlank @Pattern(regexp = "partner|consentForm")
        String kind,

        @NotNull @Valid NetworkImport.SourceKey source,
        @Nullable @Size(max = 200) String name,
        @Nullable @Size(max = 60) String type,
        @Nullable @Size(max = 20) List<@NotNull @Size(max = 60) String> services,
        @Nullable @Size(max = 50) List<@NotNull @Size(max = 200) String> locations,
        @Nullable @Size(max = 2000) String capacityNote,
        @Nullable Boolean active,
        @Nullable @Size(max = 60) String code,
        @Nullable @Size(max = 20000) String text,
        @Nullable @Size(max = 20) List<@NotNull @Size(max = 60) String> scopes,
        @Nullable @Size(max = 20) List<@NotNull @Size(max = 60) String> purposes,
        @Nullable LocalDate validFrom) {}
