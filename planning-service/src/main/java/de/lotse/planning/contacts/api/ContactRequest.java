package de.lotse.planning.contacts.api;

import de.lotse.planning.contacts.application.ContactService;
import de.lotse.planning.notes.domain.Visibility;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.input.MultiLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Serdeable
@Schema(
        name = "Kontakt",
        description = "Ein Kontakt mit der Kundin / dem Kunden oder zum Fall. Ob er für die "
                + "Kontaktdichte zählt, folgt der Richtlinie; ein Telefonat nur mit qualifiziertem Vermerk.")
public record ContactRequest(
        @Schema(
                description =
                        "IN_PERSON, PHONE, VIDEO, VISIT (besuchende Beratung), WALK_AND_TALK, CASE_CONFERENCE, NETWORK")
        @NotNull
        ContactFormat format,

        @Schema(description = "Datum des Kontakts") @NotNull LocalDate occurredOn,

        @Schema(description = "Qualifizierter Beratungsvermerk geschrieben (dann Pflicht: note)") @Nullable
        Boolean qualifiedNote,

        @Schema(description = "Nächster Termin") @Nullable LocalDate nextAppointmentOn,

        @Schema(description = "Vermerk zum Kontakt") @Nullable @Valid
        NoteInput note) {

    @Serdeable
    @Schema(name = "KontaktVermerk")
    public record NoteInput(
            @Schema(description = "Sichtbarkeit; ohne Angabe GENERAL") @Nullable
            Visibility visibility,

            @MultiLine @NotBlank @Size(max = 20000) String text) {}

    ContactService.Input toInput() {
        return new ContactService.Input(
                format,
                occurredOn,
                Boolean.TRUE.equals(qualifiedNote),
                nextAppointmentOn,
                note == null ? null : note.visibility(),
                note == null ? null : note.text());
    }
}
