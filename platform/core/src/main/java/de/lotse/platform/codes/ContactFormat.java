package de.lotse.platform.codes;

/**
 * Formats of a contact with or about the customer (docs/domain.md §7). Which of them count toward the
 * contact density is a policy setting.
 */
public enum ContactFormat {
    /** persönliches Beratungsgespräch. */
    IN_PERSON,
    /** Telefonat mit qualifiziertem Beratungsvermerk. */
    PHONE,
    /** Videoberatung. */
    VIDEO,
    /** besuchende Beratung. */
    VISIT,
    /** Walk-and-Talk-Beratung. */
    WALK_AND_TALK,
    /** Fallkonferenz. */
    CASE_CONFERENCE,
    /** Netzwerkkontakt. */
    NETWORK;

    /** A talk with the customer, not one about them (a case conference or a network contact). */
    public boolean withCustomer() {
        return this != CASE_CONFERENCE && this != NETWORK;
    }
}
