package de.lotse.intake.cases.domain;

/** Access routes into case management (docs/domain.md §3, PANKOW 4.3). */
public enum ReferralRoute {
    /** Vormerkung durch die Arbeitsvermittlung — the normal route. */
    AV,
    /** Neukundenzentrum. */
    NEW_CUSTOMER_CENTRE,
    /** Angehörige / Familie (the FM is always addressed personally). */
    FAMILY,
    /** Netzwerkpartner:innen. */
    NETWORK_PARTNER,
    /** Gesetzliche Betreuer:innen. */
    LEGAL_GUARDIAN,
    /** Übernahme nach Umzug aus einem anderen Jobcenter (created by the relocation, not by a person). */
    RELOCATION;

    /** Routes on which an FM (not only an AV) records the referral: the contact came to the FM directly. */
    public boolean fmMayRefer() {
        return this == FAMILY || this == NETWORK_PARTNER || this == LEGAL_GUARDIAN;
    }
}
