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
 * The part of an imported case that the network keeps (docs/import.md): its consents with their history and its
 * referrals to partner services with their status history, in the format's shape. Partners and forms are named by
 * their source keys: records of the file (taken over before the cases) or of an earlier import.
 *
 * @param admittedOn  for a check before intake took the case over: the day of the admission in the record
 * @param closedOn    for a check: the day of the closure in the record, if any
 * @param fileRecords for a check only: the partners and forms of the file this case names, which a check runs
 *                    before they are taken over — the check takes them over first in its rolled-back transaction;
 *                    the import itself ({@code PUT}) does not look at them (they are taken over by then)
 */
@Serdeable
@Schema(name = "FalluebernahmeNetzwerk", description = "Der Teil eines übernommenen Falls, den das Netzwerk führt")
public record NetworkImport(
        @NotNull @Valid SourceKey source,
        @Nullable LocalDate admittedOn,
        @Nullable LocalDate closedOn,
        @Nullable @Size(max = 200) List<@NotNull @Valid ImportedConsent> consents,
        @Nullable @Size(max = 200) List<@NotNull @Valid ImportedReferral> partnerReferrals,
        @Nullable @Size(max = 400) List<@NotNull @Valid NetworkRecord> fileRecords) {

    public NetworkImport {
        consents = consents == null ? List.of() : List.copyOf(consents);
        partnerReferrals = partnerReferrals == null ? List.of() : List.copyOf(partnerReferrals);
        fileRecords = fileRecords == null ? List.of() : List.copyOf(fileRecords);
    }

    @Serdeable
    @Schema(name = "QuellschluesselNetzwerk", description = "Quellsystem und Kennung dort")
    public record SourceKey(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}")
            String system,

            @NotBlank @Size(max = 100) String id) {}

    @Serdeable
    @Schema(name = "UebernahmeEinwilligung")
    public record ImportedConsent(
            @Schema(description = "Kennung im Quellsystem") @NotBlank @Size(max = 100)
            String sourceId,

            @NotNull @Valid SourceKey partner,

            @NotNull @Valid SourceKey form,

            @Schema(description = "GRANTED oder REFUSED") @NotBlank @Size(max = 20)
            String decision,

            @NotNull LocalDate decidedOn,
            @Nullable @Size(max = 10) List<@NotNull @Size(max = 60) String> scopes,
            @Nullable @Size(max = 60) String purpose,
            @Nullable LocalDate validUntil,

            @Schema(description = "WRITTEN oder ELECTRONIC (ohne Angabe: WRITTEN)") @Nullable @Size(max = 20)
            String channel,

            @Nullable @Size(max = 100) List<@NotNull @Valid ConsentStep> history) {}

    @Serdeable
    @Schema(name = "UebernahmeEinwilligungSchritt")
    public record ConsentStep(
            @NotBlank @Size(max = 100) String sourceId,

            @Schema(description = "LIMITED, RENEWED oder REVOKED") @NotBlank @Size(max = 20)
            String action,

            @NotNull LocalDate on,
            @Nullable @Size(max = 10) List<@NotNull @Size(max = 60) String> scopes,
            @Nullable LocalDate validUntil) {}

    @Serdeable
    @Schema(name = "UebernahmePartnerUeberweisung")
    public record ImportedReferral(
            @NotBlank @Size(max = 100) String sourceId,
            @NotNull @Valid SourceKey partner,
            @NotBlank @Size(max = 60) String service,
            @NotNull LocalDate referredOn,
            @Nullable LocalDate dueOn,
            @Nullable @Size(max = 50) List<@NotNull @Valid ReferralStep> statusHistory) {}

    @Serdeable
    @Schema(name = "UebernahmeUeberweisungStatus")
    public record ReferralStep(
            @NotBlank @Size(max = 100) String sourceId,
            @NotBlank @Size(max = 40) String status,
            @NotNull LocalDate on,

            @Schema(description = "codierter Grund einer Ablehnung (REJECTED) oder eines Abbruchs (ABORTED)")
            @Nullable
            @Size(max = 40)
            String reasonCode) {}
}
