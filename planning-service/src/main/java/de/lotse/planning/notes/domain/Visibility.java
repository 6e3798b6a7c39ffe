package de.lotse.planning.notes.domain;

/** Visibility class of a note (TAH 5). */
public enum Visibility {
    /** Beratungsvermerk: all staff of the case (team, responsible FM, deputy). */
    GENERAL,
    /** Vermerk zur Standortbestimmung: the same. */
    LOCATION_ASSESSMENT,
    /**
     * Vermerk FM (individuell): only the responsible FM, the FM's deputy and the responsible team
     * lead; the deputy only with the customer's recorded agreement where the policy asks for it.
     */
    FM_INDIVIDUAL
}
