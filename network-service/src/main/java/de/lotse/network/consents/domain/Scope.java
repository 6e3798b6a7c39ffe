package de.lotse.network.consents.domain;

/**
 * Information categories a consent can release to a partner (docs/domain.md §9). Counselling content is
 * not among them: it is never exchanged, whatever the consent says (PANKOW 4.4).
 */
public enum Scope {
    /** Termin vereinbart, wahrgenommen / nicht wahrgenommen. */
    APPOINTMENT_ATTENDANCE,
    /** Beginn und Ende der Teilnahme. */
    PARTICIPATION_DATES,
    /** Abschluss oder Abbruch mit codiertem Grund. */
    COMPLETION_OR_ABORT,
    /** Empfehlung für nächste Schritte (codiert). */
    NEXT_STEP_RECOMMENDATION,
    /** Name und Erreichbarkeit der Kundin / des Kunden, damit der Partner Kontakt aufnehmen kann. */
    CONTACT_DETAILS
}
