package de.lotse.reporting.quality.domain;

/** Quality-standard findings on an open case, each against the Jobcenter's own policy (DOMAIN.md §10, §11). */
public enum Finding {
    /** Kontaktdichte nach Richtlinie nicht eingehalten. */
    CONTACT_DENSITY_NOT_MET,
    /** Fortführungsprüfung überfällig. */
    REVIEW_OVERDUE,
    /** Eingliederungsvereinbarung / Kooperationsplan abgelaufen. */
    AGREEMENT_EXPIRED,
    /** Einstiegsberatung nicht fristgerecht. */
    FIRST_CONSULTATION_MISSED,
    /** Über der Höchstdauer ohne genehmigte Verlängerung (und ohne Ausnahme der Richtlinie). */
    MAX_DURATION_EXCEEDED
}
