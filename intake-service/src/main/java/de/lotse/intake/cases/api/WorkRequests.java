package de.lotse.intake.cases.api;

import de.lotse.intake.cases.domain.TransferKind;
import de.lotse.intake.cases.domain.U25TargetGroup;
import de.lotse.platform.input.MultiLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Request bodies of the work on an open case. */
final class WorkRequests {
    private WorkRequests() {}

    @Serdeable
    @Schema(name = "TerminEinstiegsberatung")
    record Appointment(
            @Schema(description = "Termin") @NotNull LocalDate scheduledOn) {}

    @Serdeable
    @Schema(
            name = "EinstiegsberatungDurchgefuehrt",
            description = "Umstellung auf Hauptbetreuung, Beginn der Klärungsphase")
    record Held(
            @Schema(description = "Datum; ohne Angabe heute") @Nullable @PastOrPresent
            LocalDate heldOn) {}

    @Serdeable
    @Schema(name = "Vertretung", description = "Abwesenheitsvertretung der zuständigen Fachkraft")
    record Deputy(
            @Schema(description = "Vertretende Fachkraft") @NotBlank @Size(max = 150)
            String deputyId,

            @Schema(description = "von; ohne Angabe heute") @Nullable
            LocalDate from,

            @Schema(description = "bis") @NotNull LocalDate until,

            @Schema(description = "Die Kundin / der Kunde ist einverstanden, dass die Vertretung FM-Inhalte bearbeitet")
            @NotNull
            Boolean customerAgreed) {}

    @Serdeable
    @Schema(name = "Neuzuordnung", description = "Die Teamleitung ordnet den Fall einer anderen Fachkraft des Teams zu")
    record Reassignment(
            @NotBlank @Size(max = 150) String caseManagerId,

            @Schema(description = "Über den Betreuungsschlüssel hinaus (Begründung in note)") @Nullable
            Boolean overrideCaseloadRatio,

            @Schema(description = "Begründung") @MultiLine @Nullable @Size(max = 2000)
            String note) {}

    @Serdeable
    @Schema(
            name = "Uebergabe",
            description = "Übergabe innerhalb des Jobcenters: U25→Ü25, Standortwechsel, Neuorganisation")
    record Transfer(
            @NotNull TransferKind kind,

            @Schema(description = "aufnehmendes Team") @NotBlank @Size(max = 50)
            String toTeamId,

            @Schema(description = "aufnehmende Fachkraft") @NotBlank @Size(max = 150)
            String toCaseManagerId,

            @Schema(description = "Übergang trotz laufender Maßnahmen (Begründung in note)") @Nullable
            Boolean despiteRunningMeasures,

            @Schema(description = "Über den Betreuungsschlüssel hinaus (nur Teamleitung)") @Nullable
            Boolean overrideCaseloadRatio,

            @Schema(description = "Übergabeprotokoll / Begründung") @MultiLine @Nullable @Size(max = 2000)
            String note) {}

    @Serdeable
    @Schema(name = "Uebergabegespraech", description = "Warme Übergabe an die Arbeitsvermittlung")
    record Handover(
            @Schema(description = "übernehmende AV") @NotBlank @Size(max = 150)
            String avId,

            @Schema(description = "Datum des Folgegesprächs") @NotNull
            LocalDate on,

            @Schema(description = "Teamleitung beteiligt") @Nullable
            Boolean teamLeadInvolved) {}

    @Serdeable
    @Schema(name = "Fallabgang")
    record Closure(
            // no @NotBlank: a missing reason is told in one 422 with the closure's other broken rules
            @Schema(
                    description = "Abgangsgrund aus dem Katalog der Richtlinie",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable
            @Size(max = 50)
            String reasonCode,

            @Schema(description = "Abgangsdatum; ohne Angabe heute") @Nullable @PastOrPresent
            LocalDate closedOn,

            @Schema(description = "Warme Übergabe (wo die Kundin / der Kunde zur AV zurückgeht)") @Nullable @Valid
            Handover handover,

            @Schema(description = "Nachbetreuung bis (nur nach Integration)") @Nullable
            LocalDate afterCareUntil,

            @Schema(description = "Abschlussvermerk (bleibt im Zugangsdienst)") @MultiLine @Nullable @Size(max = 2000)
            String note) {}

    @Serdeable
    @Schema(name = "Umzug", description = "Umzug in den Bereich eines anderen Jobcenters: nahtlose Übernahme dort")
    record Relocation(
            @Schema(description = "aufnehmendes Jobcenter") @NotBlank @Size(max = 50)
            String toJobcenterId,

            @Schema(description = "aufnehmendes FM-Team") @NotBlank @Size(max = 50)
            String toTeamId,

            @MultiLine @Nullable @Size(max = 2000) String note) {}

    @Serdeable
    @Schema(
            name = "Bewilligung",
            description = "Entscheidung über den Leistungsantrag, wie die Leistungssachbearbeitung"
                    + " sie mitteilt: nach manchen Richtlinien beginnt damit die Frist für das Erstgespräch")
    record BenefitDecision(
            @Schema(description = "Tag der Bewilligung") @NotNull @PastOrPresent
            LocalDate decidedOn) {}

    @Serdeable
    @Schema(
            name = "EinladungArbeitsmarktnah",
            description = "Schriftliche Einladung zum ersten Gespräch nach der Übergabe"
                    + " an das Fallmanagement für arbeitsmarktnahe Kundinnen und Kunden")
    record Invitation(
            @Schema(description = "versandt am; ohne Angabe heute") @Nullable @PastOrPresent
            LocalDate sentOn) {}

    @Serdeable
    @Schema(
            name = "FortfuehrungArbeitsmarktnah",
            description =
                    "Einzelfallprüfung: die arbeitsmarktnahe Betreuung geht"
                            + " weiter (ihr Ende ist die begründete Rückgabe an das Fallmanagement für arbeitsmarktferne Kundinnen und Kunden)")
    record MarketNearReview(
            @Schema(description = "Begründung") @NotBlank @MultiLine @Size(max = 2000)
            String note) {}

    @Serdeable
    @Schema(
            name = "BelehrungReaktivierung",
            description = "Vollumfängliche Rechtsfolgenbelehrung bei Reaktivierung aus" + " den Kategorien X, Y oder Z")
    record ReactivationInstruction(
            @Schema(description = "belehrt am; ohne Angabe heute") @Nullable @PastOrPresent
            LocalDate givenOn) {}

    @Serdeable
    @Schema(
            name = "ZielgruppeU25",
            description = "Zielgruppe einer jungen Kundin / eines jungen Kunden im Fallmanagement U25")
    record TargetGroup(
            @Schema(
                    description =
                            "PUPIL (Schüler), TRAINING_SEEKER (Ausbildungsuchende), TRAINING_GRADUATE "
                                    + "(Ausbildungsabsolventen), PLACEMENT (Vermittlungskunden), ACTIVATION (Aktivierungskunden)")
            @NotNull
            U25TargetGroup targetGroup,

            @Schema(description = "Schüler: voraussichtliches Schulende; Ausbildungsabsolventen: Ende der Ausbildung")
            @Nullable
            LocalDate keyDate) {}
}
