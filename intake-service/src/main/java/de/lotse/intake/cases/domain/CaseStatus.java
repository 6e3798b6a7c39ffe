package de.lotse.intake.cases.domain;

/** Lifecycle of a bFM case (DOMAIN.md §3); later states arrive with their issues. */
public enum CaseStatus {
    /** vorgemerkt — referred, waiting for the FM's admission decision */
    REFERRED,
    /** aufgenommen — admitted, the case is open */
    ADMITTED
}
