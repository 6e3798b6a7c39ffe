package de.lotse.planning.contacts.application;

import de.lotse.planning.casefacts.application.PlanningPolicies;
import de.lotse.planning.contacts.domain.Contact;
import de.lotse.planning.contacts.infrastructure.ContactStore;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.importing.ImportChecks;
import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.outbox.OutboxWriter;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A case's contacts as another system recorded them (docs/import.md), each replayed as on its day: whether it
 * counts toward the contact density follows the policy version in force then (docs/domain.md §11.1), a contact
 * after the closure is after-care, and {@code contact-recorded} carries the historical day. A contact is known by
 * an id derived from its source id: imported again it changes nothing, changed it is refused (history is not
 * rewritten by an import).
 */
@Singleton
public class ContactHistory {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime RECORDED_AT = LocalTime.of(12, 0);

    private final ContactStore contacts;
    private final PlanningPolicies policies;
    private final OutboxWriter outbox;

    ContactHistory(ContactStore contacts, PlanningPolicies policies, OutboxWriter outbox) {
        this.contacts = contacts;
        this.policies = policies;
        this.outbox = outbox;
    }

    /**
     * A contact of the source system.
     *
     * @param field where it stands in the import record ({@code contacts[3]})
     */
    public record Imported(
            String field,
            String sourceId,
            LocalDate occurredOn,
            ContactFormat format,
            boolean qualifiedNote,
            String recordedBy) {}

    /** The contact's id in Lotse: the same case and source id always name the same contact. */
    public static UUID idOf(UUID caseId, String sourceId) {
        return ImportedIds.itemId(caseId, "contact", sourceId);
    }

    /**
     * Takes the contacts over in the order of their days; returns the ones added ({@code contacts[3] 2025-04-01}).
     * Broken rules of all contacts are refused together, and nothing is kept (the caller's transaction).
     */
    public List<String> replay(CaseReference c, List<Imported> imported, LocalDate today) {
        List<Imported> ordered = new ArrayList<>(imported);
        ordered.sort(Comparator.comparing(Imported::occurredOn));
        return ImportChecks.eachItem(
                ordered,
                Imported::field,
                contact -> take(c, contact, today)
                        ? List.of(contact.field() + " " + contact.occurredOn())
                        : List.<String>of());
    }

    private boolean take(CaseReference c, Imported imported, LocalDate today) {
        if (imported.occurredOn().isAfter(today)) {
            throw new RuleViolation("occurredOn", "IN_FUTURE", "Ein übernommener Kontakt liegt nicht in der Zukunft.");
        }
        UUID id = idOf(c.caseId(), imported.sourceId());
        // a contact after the closure is after-care; one before it belonged to the open case
        LocalDate closedOn = c.closedOn() != null && imported.occurredOn().isAfter(c.closedOn()) ? c.closedOn() : null;
        Contact contact = Contact.record(
                id,
                c.caseId(),
                c.jobcenterId(),
                imported.format(),
                imported.occurredOn(),
                imported.qualifiedNote(),
                null,
                c.admittedOn(),
                closedOn,
                policies.on(c.jobcenterId(), imported.occurredOn()),
                imported.recordedBy() != null ? imported.recordedBy() : c.caseManagerId(),
                imported.occurredOn(),
                imported.occurredOn().atTime(RECORDED_AT).atZone(BERLIN).toInstant());
        Optional<Contact> known = contacts.find(id);
        if (known.isPresent()) {
            Contact was = known.get();
            if (was.format() != contact.format()
                    || !was.occurredOn().equals(contact.occurredOn())
                    || was.qualifiedNote() != contact.qualifiedNote()) {
                throw new RuleViolation(
                        "",
                        "IMPORTED_HISTORY_CHANGED",
                        "Dieser Kontakt ist bereits übernommen und lässt sich durch eine erneute Übernahme nicht"
                                + " ändern; eine Korrektur erfolgt im Fall selbst.");
            }
            return false;
        }
        contacts.insert(contact);
        outbox.append(c.jobcenterId(), c.caseId(), ContactEvents.recorded(contact));
        return true;
    }
}
