package de.lotse.planning.notes.application;

import de.lotse.planning.notes.domain.Note;
import de.lotse.planning.notes.domain.Visibility;
import de.lotse.planning.notes.infrastructure.NoteStore;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.importing.ImportChecks;
import de.lotse.platform.importing.ImportedIds;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A case's notes as another system kept them (docs/import.md), each with its visibility class, its day and its
 * author; a note may belong to a contact of the case (taken over before the notes). Notes publish nothing (their
 * texts never leave planning). A note is known by an id derived from its source id: imported again it changes
 * nothing, changed it is refused.
 */
@Singleton
public class NoteHistory {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime WRITTEN_AT = LocalTime.of(12, 0);

    private final NoteStore notes;

    NoteHistory(NoteStore notes) {
        this.notes = notes;
    }

    /**
     * A note of the source system.
     *
     * @param field     where it stands in the import record ({@code notes[2]})
     * @param contactId the contact it belongs to (the contact's derived id), if any
     */
    public record Imported(
            String field,
            String sourceId,
            LocalDate writtenOn,
            String writtenBy,
            Visibility visibility,
            String text,
            UUID contactId) {}

    public static UUID idOf(UUID caseId, String sourceId) {
        return ImportedIds.itemId(caseId, "note", sourceId);
    }

    /** Takes the notes over in the order of their days; returns the ones added ({@code notes[2] 2024-05-03}). */
    public List<String> replay(CaseReference c, List<Imported> imported, LocalDate today) {
        List<Imported> ordered = new ArrayList<>(imported);
        ordered.sort(Comparator.comparing(Imported::writtenOn));
        return ImportChecks.eachItem(
                ordered,
                Imported::field,
                note -> take(c, note, today) ? List.of(note.field() + " " + note.writtenOn()) : List.<String>of());
    }

    private boolean take(CaseReference c, Imported imported, LocalDate today) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        if (imported.writtenOn().isAfter(today)) {
            broken.add(new RuleViolation.Broken("writtenOn", "IN_FUTURE", "Ein übernommener Vermerk ist geschrieben."));
        }
        if (imported.contactId() != null && !notes.contactOfCase(c.caseId(), imported.contactId())) {
            broken.add(new RuleViolation.Broken(
                    "contact", "UNKNOWN_CONTACT", "Der Kontakt gehört nicht zu den Kontakten dieses Falls."));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        UUID id = idOf(c.caseId(), imported.sourceId());
        Note note = new Note(
                id,
                c.caseId(),
                c.jobcenterId(),
                imported.visibility(),
                imported.text().strip(),
                imported.contactId(),
                imported.writtenBy() != null ? imported.writtenBy() : c.caseManagerId(),
                imported.writtenOn().atTime(WRITTEN_AT).atZone(BERLIN).toInstant());
        Optional<Note> known = notes.find(c.caseId(), id);
        if (known.isPresent()) {
            Note was = known.get();
            if (was.visibility() != note.visibility()
                    || !was.text().equals(note.text())
                    || !Objects.equals(was.contactId(), note.contactId())
                    || !was.writtenAt().equals(note.writtenAt())) {
                throw new RuleViolation(
                        "",
                        "IMPORTED_HISTORY_CHANGED",
                        "Dieser Vermerk ist bereits übernommen und lässt sich durch eine erneute Übernahme nicht"
                                + " ändern; eine Korrektur erfolgt im Fall selbst.");
            }
            return false;
        }
        notes.insert(note);
        return true;
    }

    /** When a note was written, as its day. */
    public static LocalDate dayOf(Instant writtenAt) {
        return LocalDate.ofInstant(writtenAt, BERLIN);
    }
}
