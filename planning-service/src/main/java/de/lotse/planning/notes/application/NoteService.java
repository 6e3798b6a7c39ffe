package de.lotse.planning.notes.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.notes.domain.Note;
import de.lotse.planning.notes.domain.Visibility;
import de.lotse.planning.notes.infrastructure.NoteStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Notes with a visibility class (TAH 5). Counselling and location-assessment notes are for the staff
 * of the case's team; an FM-individual note only for the responsible FM, the TL and the deputy — the
 * deputy only with the customer's recorded agreement, under every policy (issue 5; the policy flag
 * {@code deputyNeedsCustomerAgreement} governs the other protected content). Every read is audited,
 * every refused read too — also one refused because the reader is outside the case's team.
 */
@Singleton
public class NoteService {
    private static final String FM_INDIVIDUAL_ONLY = "Vermerke „FM individuell“ lesen nur die zuständige Fachkraft, "
            + "die Teamleitung und die Vertretung (mit dokumentiertem Einverständnis der Kundin / des Kunden).";

    private final NoteStore notes;
    private final CaseWork work;
    private final AuditLog audit;

    NoteService(NoteStore notes, CaseWork work, AuditLog audit) {
        this.notes = notes;
        this.work = work;
        this.audit = audit;
    }

    /** Writes a note; an FM-individual one only who may read them. */
    @Transactional
    public Note write(CurrentUser user, UUID caseId, Visibility visibility, String text, UUID contactId) {
        // a closed case takes notes only within its after-care period (docs/domain.md §16.1)
        CaseReference c = work.forAfterCare(user, caseId);
        if (contactId != null && !notes.contactOfCase(caseId, contactId)) {
            throw new RuleViolation("contactId", "UNKNOWN_CONTACT", "Der Kontakt gehört nicht zu diesem Fall.");
        }
        return write(user, c, visibility, text, contactId);
    }

    /** Writes a note within a caller's transaction (e.g. the qualified note of a contact). */
    public Note write(CurrentUser user, CaseReference c, Visibility visibility, String text, UUID contactId) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "REQUIRED", "Der Vermerk ist leer.");
        }
        if (visibility == Visibility.FM_INDIVIDUAL && !mayReadIndividual(user, c)) {
            throw new AccessDenied("FM_INDIVIDUAL_NOTE", FM_INDIVIDUAL_ONLY);
        }
        Note note = new Note(
                UUID.randomUUID(),
                c.caseId(),
                c.jobcenterId(),
                visibility,
                text.strip(),
                contactId,
                user.subject(),
                work.clock().instant());
        notes.insert(note);
        return note;
    }

    /** The notes the user may see, newest first; asking for FM-individual notes without the right is refused. */
    @Transactional
    public Page<Note> list(CurrentUser user, UUID caseId, Visibility only, PageRequest page) {
        String filter = only == null ? null : only.name();
        CaseReference c = work.forTeam(
                user, caseId, () -> audit.recordDenied(user, "note-list", filter, caseId, CaseWork.purpose(user)));
        boolean individual = mayReadIndividual(user, c);
        if (only == Visibility.FM_INDIVIDUAL && !individual) {
            audit.recordDenied(user, "note-list", filter, caseId, CaseWork.purpose(user));
            throw new AccessDenied("FM_INDIVIDUAL_NOTE", FM_INDIVIDUAL_ONLY);
        }
        Set<Visibility> visible = only != null
                ? EnumSet.of(only)
                : individual
                        ? EnumSet.allOf(Visibility.class)
                        : EnumSet.of(Visibility.GENERAL, Visibility.LOCATION_ASSESSMENT);
        var items = notes.of(caseId, visible, page.size(), page.offset());
        audit.recordListOfCase(
                user, "note", caseId, items.stream().map(Note::id).toList(), CaseWork.purpose(user));
        return Page.of(items, page, notes.count(caseId, visible));
    }

    @Transactional
    public Note read(CurrentUser user, UUID caseId, UUID noteId) {
        CaseReference c = work.forTeam(
                user,
                caseId,
                () -> audit.recordDenied(user, "note", noteId.toString(), caseId, CaseWork.purpose(user)));
        Note note = notes.find(caseId, noteId).orElseThrow(() -> NotFound.of("Vermerk"));
        if (note.visibility() == Visibility.FM_INDIVIDUAL && !mayReadIndividual(user, c)) {
            audit.recordDenied(user, "note", noteId.toString(), caseId, CaseWork.purpose(user));
            throw new AccessDenied("FM_INDIVIDUAL_NOTE", FM_INDIVIDUAL_ONLY);
        }
        audit.record(user, "READ", "note", noteId.toString(), caseId, CaseWork.purpose(user));
        return note;
    }

    /**
     * FM-individual notes: the responsible FM, the team lead of the case's team, and the deputy
     * standing in on the day only with the customer's recorded agreement — whatever the policy says,
     * unlike {@code CaseAccess.mayReadProtected}, which asks for the agreement only where the policy does.
     */
    private boolean mayReadIndividual(CurrentUser user, CaseReference c) {
        return c.isCaseManager(user)
                || c.isTeamLead(user)
                || c.isDeputyOn(user, work.today()) && Boolean.TRUE.equals(c.deputyCustomerAgreed());
    }
}
