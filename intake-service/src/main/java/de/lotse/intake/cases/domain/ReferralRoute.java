package de.lotse.intake.cases.domain;

/** Access routes into case management (DOMAIN.md §3, PANKOW 4.3). */
public enum ReferralRoute {
    /** Vormerkung durch die Arbeitsvermittlung — the normal route. */
    AV,
    /** Neukundenzentrum. */
    NEW_CUSTOMER_CENTRE,
    /** Angehörige / Familie. */
    FAMILY,
    /** Netzwerkpartner. */
    NETWORK_PARTNER,
    /** Gesetzliche Betreuer:innen. */
    LEGAL_GUARDIAN,
    /** Übergang vom U25- ins Ü25-Fallmanagement. */
    U25_TRANSFER
}
