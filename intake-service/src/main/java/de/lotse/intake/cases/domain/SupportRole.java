package de.lotse.intake.cases.domain;

/** The FM's role on a case (TAH 4.3, 4.6). */
public enum SupportRole {
    /** Hauptbetreuung: full handover from the AV. */
    PRIMARY,
    /** Nebenbetreuung: until the first consultation, or as accompanying support. */
    SECONDARY,
    /** Abwesenheitsvertretung. */
    DEPUTY
}
