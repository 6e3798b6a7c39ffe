package de.lotse.intake.eligibility.api;

import de.lotse.intake.eligibility.domain.CustomerFacts;
import de.lotse.intake.eligibility.domain.FactSource;
import de.lotse.intake.policy.domain.ExclusionCriterion;
import de.lotse.platform.codes.KeyGroup;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

@Serdeable
@Schema(
        name = "Kundenangaben",
        description = "Angaben für die Prüfung der Zugangskriterien. Liegt ein abgeschlossenes "
                + "Assessment vor, gelten dessen Handlungsbedarfe, Verfestigungen, Prognose und Profil.")
public record FactsInput(
        @Schema(description = "Handlungsbedarfe je Schlüsselgruppe (Anzahl)") @Nullable @Size(max = 5)
        Map<KeyGroup, @NotNull @Min(0) @Max(30) Integer> needsByKeyGroup,

        @Schema(description = "Anzahl verfestigter Handlungsbedarfe") @Nullable @Min(0) @Max(30)
        Integer entrenchedNeeds,

        @Schema(description = "Integration voraussichtlich in etwa so vielen Monaten (Integrationsprognose)")
        @Nullable
        @Min(0)
        @Max(240)
        Integer prognosisHorizonMonths,

        @Schema(
                description = "Profillage bzw. Kundenkategorie nach dem Schema des Jobcenters",
                example = "STABILISATION")
        @Nullable
        @Pattern(regexp = "[A-Z_]{1,30}")
        String profileCode,

        @Schema(description = "Im Leistungsbezug seit (Neukundenstatus)") @Nullable @PastOrPresent
        LocalDate customerSince,

        @Schema(description = "Risiko der Langzeitarbeitslosigkeit erkennbar (Prophylaxe)") @Nullable
        Boolean riskOfLongTermUnemployment,

        @Schema(description = "Einschätzung: FM führt zu konkreten Integrationsfortschritten") @Nullable
        Boolean progressExpected,

        @Schema(description = "Tieferliegende Vermittlungshemmnisse vermutet") @Nullable
        Boolean deeperBarriersSuspected,

        @Schema(description = "Sozial-integrativer Ansatz angezeigt") @Nullable
        Boolean socialIntegrationIndicated,

        @Schema(description = "Teilnahme an einer Arbeitsgelegenheit (§ 16d SGB II)") @Nullable
        Boolean aghParticipation,

        @Schema(description = "Vorliegende Ausschlussgründe") @Nullable @Size(max = 4)
        Set<@NotNull ExclusionCriterion> exclusions) {

    public static final FactsInput NONE =
            new FactsInput(null, null, null, null, null, null, null, null, null, null, null);

    public CustomerFacts toFacts() {
        Map<KeyGroup, Integer> needs = needsByKeyGroup == null ? null : new EnumMap<>(needsByKeyGroup);
        Map<String, FactSource> sources = new HashMap<>();
        return new CustomerFacts(
                needs,
                entrenchedNeeds,
                prognosisHorizonMonths,
                profileCode,
                customerSince,
                riskOfLongTermUnemployment,
                progressExpected,
                deeperBarriersSuspected,
                socialIntegrationIndicated,
                aghParticipation,
                exclusions,
                sources);
    }

    public static CustomerFacts toFacts(FactsInput input) {
        return (input == null ? NONE : input).toFacts();
    }
}
