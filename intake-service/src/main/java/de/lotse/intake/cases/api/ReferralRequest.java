package de.lotse.intake.cases.api;

import de.lotse.intake.cases.domain.ReferralRoute;
import de.lotse.intake.eligibility.api.FactsInput;
import de.lotse.intake.eligibility.domain.AccessReason;
import de.lotse.platform.input.MultiLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

@Serdeable
@Schema(name = "Vormerkung", description = "Vormerkung einer Kundin / eines Kunden für das Fallmanagement")
public record ReferralRequest(
        @Schema(description = "Kundennummer (z. B. 123A456789)", example = "123A456789")
        @NotBlank
        @Pattern(regexp = "[0-9]{3}[A-Z][0-9]{6}")
        String customerNumber,

        @Schema(description = "Vorname") @NotBlank @Size(max = 100)
        String firstName,

        @Schema(description = "Nachname") @NotBlank @Size(max = 100)
        String lastName,

        @Schema(description = "Geburtsdatum (U25/Ü25 wird daraus abgeleitet)") @NotNull @Past
        LocalDate dateOfBirth,

        @Schema(description = "Bedarfsgemeinschaft (BG-Nummer)") @Nullable @Pattern(regexp = "[0-9A-Za-z-]{1,50}")
        String householdRef,

        @Schema(description = "Zuständige Arbeitsvermittlung; ohne Angabe die vormerkende")
        @Nullable
        @Size(min = 1, max = 150)
        String responsibleAvId,

        @Schema(description = "Zugangsweg") @NotNull ReferralRoute route,

        @Schema(description = "Zugangsgründe: jeder muss ein erfüllter Zugangsweg der Richtlinie sein")
        @NotEmpty
        @Size(max = 6)
        List<@NotNull AccessReason> reasons,

        @Schema(description = "FM-Team, an das die Vormerkung geht") @Nullable @Size(min = 1, max = 50)
        String teamId,

        @Schema(description = "Begründung der Vormerkung (bleibt im Zugangsdienst)")
        @MultiLine
        @Nullable
        @Size(max = 2000)
        String note,

        @Schema(description = "Angaben für die Zugangskriterien") @Nullable @Valid
        FactsInput facts,

        @Schema(
                description =
                        "Antragstellung: Tag, an dem der vollständig ausgefüllte Leistungsantrag eingereicht wurde; "
                                + "nach Richtlinien, die die Frist der Einstiegsberatung ab dem Antrag zählen, erforderlich")
        @Nullable
        @PastOrPresent
        LocalDate applicationOn,

        @Schema(
                description =
                        "Bewilligung der Leistungen zur Sicherung des Lebensunterhaltes, falls schon entschieden; "
                                + "sonst später zu erfassen")
        @Nullable
        @PastOrPresent
        LocalDate benefitDecisionOn) {}
