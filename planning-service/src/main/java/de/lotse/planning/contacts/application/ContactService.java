package de.lotse.planning.contacts.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.casefacts.application.PlanningPolicies;
import de.lotse.planning.casefacts.domain.LatestAssessment;
import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.planning.casefacts.infrastructure.CaseFactsStore;
import de.lotse.planning.contacts.domain.Contact;
import de.lotse.planning.contacts.infrastructure.ContactStore;
import de.lotse.planning.notes.application.NoteService;
import de.lotse.planning.notes.domain.Visibility;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.kernel.contacts.ContactDensity;
import de.lotse.platform.outbox.OutboxWriter;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Contacts and the contact density (docs/domain.md §7). Whether a contact counts follows the policy in
 * force when it is recorded; a phone call counts only with a qualified note, which is written with
 * it. {@code contact-recorded} carries the format and dates, never the note.
 */
@Singleton
public class ContactService {
    private final ContactStore contacts;
    private final CaseFactsStore facts;
    private final NoteService notes;
    private final CaseWork work;
    private final PlanningPolicies policies;
    private final OutboxWriter outbox;
    private final AuditLog audit;

    ContactService(
            ContactStore contacts,
            CaseFactsStore facts,
            NoteService notes,
            CaseWork work,
            PlanningPolicies policies,
            OutboxWriter outbox,
            AuditLog audit) {
        this.contacts = contacts;
        this.facts = facts;
        this.notes = notes;
        this.work = work;
        this.policies = policies;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** What the FM records; the note is optional except as the qualified note of a phone call. */
    public record Input(
            ContactFormat format,
            LocalDate occurredOn,
            boolean qualifiedNote,
            LocalDate nextAppointmentOn,
            Visibility noteVisibility,
            String noteText) {}

    @Transactional
    public Contact record(CurrentUser user, UUID caseId, Input input) {
        // a closed case takes contacts only within its after-care period (docs/domain.md §16.1)
        CaseReference c = work.forAfterCare(user, caseId);
        boolean hasNote = input.noteText() != null && !input.noteText().isBlank();
        if (input.qualifiedNote() && !hasNote) {
            throw new RuleViolation(
                    "note.text",
                    "QUALIFIED_NOTE_REQUIRED",
                    "Ein qualifizierter Beratungsvermerk ist mit dem Kontakt zu schreiben.");
        }
        Contact contact = Contact.record(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                input.format(),
                input.occurredOn(),
                input.qualifiedNote(),
                input.nextAppointmentOn(),
                c.admittedOn(),
                c.closedOn(),
                policies.of(c.jobcenterId()),
                user.subject(),
                work.today(),
                work.clock().instant());
        contacts.insert(contact);
        if (hasNote) {
            notes.write(
                    user,
                    c,
                    input.noteVisibility() == null ? Visibility.GENERAL : input.noteVisibility(),
                    input.noteText(),
                    contact.id());
        }
        outbox.append(c.jobcenterId(), caseId, ContactEvents.recorded(contact));
        return contact;
    }

    /** The case's contacts (dates and formats, no texts): for the team. */
    @Transactional
    public List<Contact> list(CurrentUser user, UUID caseId) {
        work.forTeam(user, caseId);
        List<Contact> all = contacts.of(caseId);
        audit.recordListOfCase(
                user, "contact", caseId, all.stream().map(Contact::id).toList(), CaseWork.purpose(user));
        return all;
    }

    /** The density status against the Jobcenter's rule, with the day the next counted contact is due. */
    @Transactional
    public ContactDensity density(CurrentUser user, UUID caseId) {
        CaseReference c = work.forTeam(user, caseId);
        return density(
                c,
                policies.of(c.jobcenterId()),
                facts.latestAssessment(caseId).orElse(null),
                contacts.countedDays(List.of(caseId)).getOrDefault(caseId, List.of()),
                work.today());
    }

    /** Evaluates one case; the category comes from the latest assessment (UCKERMARK: by category). */
    public static ContactDensity density(
            CaseReference c,
            PlanningPolicy policy,
            LatestAssessment assessment,
            List<LocalDate> counted,
            LocalDate today) {
        String category = assessment == null
                ? null
                : assessment.categoryCode() != null ? assessment.categoryCode() : assessment.profileCode();
        LocalDate until = c.closedOn() != null && c.closedOn().isBefore(today) ? c.closedOn() : today;
        return ContactDensity.evaluate(policy.contactRule(), c.admittedOn(), counted, category, until);
    }
}
