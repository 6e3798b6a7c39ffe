package de.lotse.intake.jobcenter.api;

import de.lotse.intake.jobcenter.domain.JobcenterRecord;
import de.lotse.platform.input.MultiLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Serdeable
@Schema(
        name = "JobcenterEingabe",
        description = "Stammdaten des eigenen Jobcenters, wie die Administration sie erfasst")
public record JobcenterRequest(
        @Schema(description = "Name, wie er auf Schreiben steht, z. B. „Jobcenter Uckermark“")
        @NotBlank
        @Size(max = 200)
        String name,

        @Schema(description = "Straße und Hausnummer der Besuchsanschrift") @NotBlank @Size(max = 200)
        String street,

        @Schema(description = "Postleitzahl (fünf Ziffern)") @NotBlank @Pattern(regexp = "^[0-9]{5}$")
        String postalCode,

        @Schema(description = "Ort") @NotBlank @Size(max = 100)
        String city,

        @Schema(description = "Telefon (optional)") @Nullable @Size(max = 50) @Pattern(regexp = "^[+0-9][0-9 ()/-]*$")
        String phone,

        @Schema(description = "E-Mail-Adresse (optional)") @Nullable @Email @Size(max = 200)
        String email,

        @Schema(
                description =
                        "Öffnungszeiten, wie sie gedruckt werden (optional), z. B. „Mo–Fr 8–12 Uhr, Do 14–18 Uhr“")
        @Nullable
        @MultiLine
        @Size(max = 500)
        String contactHours,

        @Schema(
                description =
                        "Bundesland als Kürzel nach ISO 3166-2 ohne Land (BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, "
                                + "SL, SN, ST, SH, TH); seine Feiertage zählen bei Fristen in Arbeitstagen nicht mit")
        @NotBlank
        @Size(max = 20)
        String stateCode,

        @Schema(
                description = "Region innerhalb des Bundeslandes mit abweichenden Feiertagen (optional; die möglichen "
                        + "nennt GET /api/jobcenter/states), z. B. AG für Augsburg")
        @Nullable
        @Size(max = 10)
        String regionCode,

        @Schema(description = "Version, die gelesen wurde; 0 für die erste Erfassung") @NotNull @Min(0)
        Long version) {

    JobcenterRecord.Entry toEntry() {
        return new JobcenterRecord.Entry(
                name, street, postalCode, city, phone, email, contactHours, stateCode, regionCode);
    }
}
