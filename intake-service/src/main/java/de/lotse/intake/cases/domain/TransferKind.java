package de.lotse.intake.cases.domain;

/** Kinds of transfer of an open case within a Jobcenter. */
public enum TransferKind {
    /** Übergang vom U25- ins Ü25-Fallmanagement (PANKOW 4.3, UCKERMARK 6.7). */
    U25_TO_UE25,
    /** Wohnortwechsel innerhalb des Jobcenters: nahtlose Übernahme am neuen Standort (TAH 4.3). */
    RELOCATION,
    /** Organisatorische Neuzuordnung. */
    REORGANISATION,
    /**
     * Übergabe an das Fallmanagement für arbeitsmarktnahe Kundinnen und Kunden nach der Einstiegsberatung
     * (UCKERMARK 3, 4.2).
     */
    MARKET_NEAR_HANDOVER,
    /** Begründete Rückgabe an das Fallmanagement für arbeitsmarktferne Kundinnen und Kunden (UCKERMARK 4.2, 6.6). */
    MARKET_FAR_HANDBACK
}
