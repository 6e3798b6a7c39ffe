package de.lotse.intake.cases.domain;

/** Why an FM declines a referral (the decision is taken against the criteria, PANKOW 4.3). */
public enum DeclineReason {
    /** Zugangskriterien nicht erfüllt. */
    CRITERIA_NOT_MET,
    /** Keine Integrationsfortschritte durch FM zu erwarten. */
    NO_PROGRESS_EXPECTED,
    /** Keine Mitwirkungsbereitschaft der Kundin / des Kunden. */
    CUSTOMER_NOT_WILLING,
    /** Ein Ausschlussgrund liegt vor. */
    EXCLUSION_APPLIES,
    /** Eine andere Unterstützung ist vorrangig oder besser geeignet. */
    OTHER_SUPPORT_MORE_SUITABLE,
    /** Sonstiges (Begründung erforderlich). */
    OTHER
}
