package de.lotse.intake.imports.application;

import de.lotse.intake.cases.domain.DeclineReason;
import de.lotse.intake.cases.domain.ReferralRoute;
import de.lotse.intake.cases.domain.SupportVariant;
import de.lotse.intake.cases.domain.TransferKind;
import de.lotse.intake.eligibility.domain.AccessReason;
import de.lotse.platform.input.MultiLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The part of an imported case that intake keeps (docs/import.md): the customer, the referral, the admission
 * decision, the first consultation, later assignments and the closure — each with its historical day. Staff are
 * named by their Lotse subjects (the import client maps the source system's ids). It is both the request and
 * what is stored to recognise the same record again.
 */
@Serdeable
@Schema(name = "Falluebernahme", description = "Der Teil eines übernommenen Falls, den die Fallaufnahme führt")
public record CaseImport(
        @NotNull @Valid Source source,
        @NotNull @Valid Customer customer,
        @NotNull @Valid Referral referral,
        @Nullable @Valid Admission admission,
        @Nullable @Valid FirstConsultation firstConsultation,
        @Nullable @Size(max = 500) List<@NotNull @Valid Assignment> assignments,
        @Nullable @Valid Closure closure) {

    public CaseImport {
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    @Serdeable
    @Schema(name = "Quellschluessel", description = "Quellsystem und seine Kennung des Falls")
    public record Source(
            @Schema(description = "z. B. VERBIS, OPEN_PROSOZ") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}")
            String system,

            @Schema(description = "Kennung im Quellsystem") @NotBlank @Size(max = 100)
            String id) {}

    @Serdeable
    @Schema(name = "UebernahmeKunde")
    public record Customer(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{3,30}")
            String customerNumber,

            @NotBlank @Size(max = 200) String firstName,
            @NotBlank @Size(max = 200) String lastName,
            @NotNull LocalDate dateOfBirth,
            @Nullable @Size(max = 100) String householdRef) {}

    @Serdeable
    @Schema(name = "UebernahmeVormerkung")
    public record Referral(
            @NotNull ReferralRoute route,

            @Schema(description = "Tag der Vormerkung") @NotNull
            LocalDate referredOn,

            @Schema(description = "vormerkende Person") @NotBlank @Size(max = 150)
            String referredBy,

            @NotBlank @Size(max = 50) String teamId,
            @NotEmpty @Size(max = 10) List<@NotNull AccessReason> reasons,
            @Nullable @MultiLine @Size(max = 4000) String note,
            @Nullable LocalDate applicationOn,
            @Nullable LocalDate benefitDecisionOn) {}

    @Serdeable
    @Schema(name = "UebernahmeAufnahme")
    public record Admission(
            @Schema(description = "ADMITTED oder DECLINED") @NotNull @Pattern(regexp = "ADMITTED|DECLINED")
            String decision,

            @NotNull LocalDate decidedOn,

            @Schema(description = "die Fachkraft, die aufnahm (und den Fall übernahm) oder ablehnte")
            @NotBlank
            @Size(max = 150)
            String decidedBy,

            @Nullable Boolean customerWilling,
            @Nullable SupportVariant supportVariant,
            @Nullable LocalDate jointCaseDiscussionOn,
            @Nullable DeclineReason declineReason,
            @Nullable @MultiLine @Size(max = 4000) String note) {}

    @Serdeable
    @Schema(name = "UebernahmeEinstiegsberatung")
    public record FirstConsultation(@NotNull LocalDate heldOn) {}

    /**
     * A later change of who is responsible: another FM of the team (REASSIGNMENT), a deputy for an absence
     * (DEPUTY), or a transfer to another team and FM (TRANSFER: from U25 to Ü25, a move within the Jobcenter, a
     * reorganisation).
     */
    @Serdeable
    @Schema(name = "UebernahmeZuordnung", description = "Neuzuordnung, Vertretung oder Übergang in ein anderes Team")
    public record Assignment(
            @NotBlank @Size(max = 100) String sourceId,

            @Schema(description = "REASSIGNMENT, DEPUTY oder TRANSFER")
            @NotNull
            @Pattern(regexp = "REASSIGNMENT|DEPUTY|TRANSFER")
            String kind,

            @NotNull LocalDate on,

            @Schema(description = "REASSIGNMENT, TRANSFER: die Fachkraft, die den Fall übernimmt")
            @Nullable
            @Size(max = 150)
            String caseManagerId,

            @Nullable @Size(max = 150) String deputyId,
            @Nullable LocalDate until,
            @Nullable Boolean customerAgreed,

            // TRANSFER: U25_TO_UE25, RELOCATION or REORGANISATION (a description here would replace the enum's own)
            @Nullable TransferKind transferKind,

            @Schema(description = "TRANSFER: das übernehmende Team") @Nullable @Size(max = 50)
            String teamId,

            @Schema(description = "TRANSFER: trotz laufender Maßnahmen (UCKERMARK 6.7)") @Nullable
            Boolean despiteRunningMeasures,

            @Nullable @MultiLine @Size(max = 2000) String note) {

        /** A reassignment to another FM of the team. */
        public static Assignment reassignment(String sourceId, LocalDate on, String caseManagerId) {
            return new Assignment(
                    sourceId, "REASSIGNMENT", on, caseManagerId, null, null, null, null, null, null, null);
        }

        /** A deputy from {@code on} to {@code until}. */
        public static Assignment deputy(
                String sourceId, LocalDate on, String deputyId, LocalDate until, boolean customerAgreed) {
            return new Assignment(
                    sourceId, "DEPUTY", on, null, deputyId, until, customerAgreed, null, null, null, null);
        }

        /** A transfer to another team and FM. */
        public static Assignment transfer(
                String sourceId,
                LocalDate on,
                TransferKind kind,
                String teamId,
                String caseManagerId,
                boolean despiteRunningMeasures,
                String note) {
            return new Assignment(
                    sourceId,
                    "TRANSFER",
                    on,
                    caseManagerId,
                    null,
                    null,
                    null,
                    kind,
                    teamId,
                    despiteRunningMeasures,
                    note);
        }
    }

    @Serdeable
    @Schema(name = "UebernahmeAbgang")
    public record Closure(
            @NotNull LocalDate closedOn,
            @NotBlank @Size(max = 60) String reason,
            @NotBlank @Size(max = 150) String closedBy,
            @Nullable @Valid Handover handover,
            @Nullable LocalDate afterCareUntil,
            @Nullable @MultiLine @Size(max = 4000) String note) {}

    @Serdeable
    @Schema(name = "UebernahmeUebergabe")
    public record Handover(
            @NotBlank @Size(max = 150) String avId,
            @NotNull LocalDate on,
            @Nullable Boolean teamLeadInvolved) {}
}
