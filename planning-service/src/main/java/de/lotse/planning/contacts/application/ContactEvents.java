package de.lotse.planning.contacts.application;

import de.lotse.planning.contacts.domain.Contact;
import de.lotse.platform.contracts.ContactRecorded;

/** {@code contact-recorded} of a contact: the format and days, never a note (docs/domain.md §7). */
final class ContactEvents {
    private ContactEvents() {}

    static ContactRecorded recorded(Contact contact) {
        return ContactRecorded.builder()
                .caseId(contact.caseId())
                .contactId(contact.id())
                .format(contact.format().name())
                .occurredOn(contact.occurredOn())
                .countsForDensity(contact.countsForDensity())
                .nextAppointmentOn(contact.nextAppointmentOn())
                .recordedAt(contact.recordedAt())
                .afterCare(contact.afterCare())
                .build();
    }
}
