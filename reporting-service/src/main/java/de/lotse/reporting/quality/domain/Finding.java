package de.lotse.reporting.quality.domain;

/** Quality-standard findings on a case, each against the Jobcenter's own policy (docs/domain.md §10, §11). */
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
    MAX_DURATION_EXCEEDED,
    /** Vormerkung ohne Zuordnung einer Fachkraft nach Ablauf der Frist der Richtlinie (TAH 4.3: drei Tage). */
    SECONDARY_ASSIGNMENT_MISSED
}
