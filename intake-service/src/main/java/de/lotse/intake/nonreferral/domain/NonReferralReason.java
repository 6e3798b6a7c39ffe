package de.lotse.intake.nonreferral.domain;

/** Why a customer who meets the criteria is not referred (Grund der Nichtvormerkung, PANKOW 4.2, BA2010 3b). */
public enum NonReferralReason {
    /** Die für das FM erforderliche Mitwirkung wird verweigert (BA2010 3b). */
    MISSING_COOPERATION,
    /** Die Kundin / der Kunde lehnt das Fallmanagement ab. */
    CUSTOMER_DECLINES,
    /** Eine Integration steht unmittelbar bevor. */
    INTEGRATION_IMMINENT,
    /** Eine andere Unterstützung ist vorrangig (z. B. Maßnahme, vorrangiger Leistungsträger). */
    OTHER_SUPPORT_PRIORITY,
    /** Ein vorübergehendes Hindernis (z. B. Erkrankung, Elternzeit). */
    TEMPORARY_OBSTACLE,
    /** Sonstiges (Begründung erforderlich). */
    OTHER
}
