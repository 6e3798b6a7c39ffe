package de.lotse.intake.cases.domain;

/** Kinds of transfer of an open case within a Jobcenter. */
public enum TransferKind {
    /** Übergang vom U25- ins Ü25-Fallmanagement (PANKOW 4.3, UCKERMARK 6.7). */
    U25_TO_UE25,
    /** Wohnortwechsel innerhalb des Jobcenters: nahtlose Übernahme am neuen Standort (TAH 4.3). */
    RELOCATION,
    /** Organisatorische Neuzuordnung. */
    REORGANISATION
}
