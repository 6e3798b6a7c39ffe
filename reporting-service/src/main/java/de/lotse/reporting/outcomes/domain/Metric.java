package de.lotse.reporting.outcomes.domain;

/** Flows, durations and outcomes per month (docs/domain.md §10: success is more than job placement). */
public enum Metric {
    /** Zugänge nach Zugangsweg. */
    ADMISSIONS,
    /** Abgänge nach Grund. */
    CLOSURES,
    /** Integrationen (Abgänge mit Integration) nach Grund. */
    INTEGRATIONS,
    /** Verweildauer der Abgänge, in Klassen. */
    DURATION,
    /** Gelöste Handlungsbedarfe (Summe; unterdrückt, wenn weniger als 5 Kund:innen beitragen). */
    NEEDS_RESOLVED,
    /** Verbesserungen der Profillage / Kategorie. */
    CATEGORY_UPGRADES,
    /** Erfolgreich beendete Maßnahmen nach Instrument. */
    MEASURES_SUCCESSFUL,
    /** Abgeschlossene Überweisungen an § 16a-Leistungen nach Leistung. */
    REFERRALS_16A_COMPLETED,
    /** Gelöste Handlungsbedarfe nach Schlüsselgruppe (aktueller Status „gelöst“). */
    NEEDS_RESOLVED_BY_KEY_GROUP,
    /** Kategorie- bzw. Profilwechsel nach Richtung (UP, DOWN). */
    CATEGORY_MOVES,
    /** Erteilte Schweigepflichtentbindungen nach Zweck. */
    CONSENTS_GRANTED,
    /** Beendete Schweigepflichtentbindungen nach Art (Widerruf, Ablauf, …). */
    CONSENTS_ENDED,
    /** Abgeschlossene Überweisungen an Partner nach Art des Partners. */
    REFERRALS_COMPLETED_BY_PARTNER_TYPE,
    /**
     * Erneut gemeinsam eingeschätzte Kund:innen (Ko-Rating von Kund:in und Fachkraft): im Monat eingeschätzt,
     * mit einer früheren Einschätzung zum Vergleich. Basis der beiden folgenden Kennzahlen.
     */
    CO_RATING_RATED,
    /** Davon mit verbesserter gemeinsamer Einschätzung (Summe im Monat über der ersten Einschätzung). */
    CO_RATING_IMPROVED,
    /**
     * Summe der Veränderungen der gemeinsamen Einschätzung (letzte im Monat minus erste, Kund:in und Fachkraft
     * zusammen); geteilt durch {@link #CO_RATING_RATED} die durchschnittliche Veränderung.
     */
    CO_RATING_CHANGE,
    /**
     * Kollegiale Fallberatungen (docs/domain.md §17, PANKOW 8, DV2017 9): im Monat gehaltene Beratungen; unterdrückt
     * wie jede Zahl, wenn weniger als 5 Fälle dahinterstehen.
     */
    CONSULTATIONS,
    /**
     * Prüfungen der Nachhaltigkeit 6 Monate nach einem Abgang in Arbeit (docs/domain.md §16.2, TAH 6), nach dem
     * Monat der Prüfung. Basis von {@link #SUSTAINED_INTEGRATIONS_6}.
     */
    SUSTAINABILITY_CHECKS_6,
    /** Davon nachhaltige Integrationen: Beschäftigung besteht fort, mit mindestens 15 Stunden pro Woche. */
    SUSTAINED_INTEGRATIONS_6,
    /** Prüfungen der Nachhaltigkeit 12 Monate nach einem Abgang in Arbeit, nach dem Monat der Prüfung. */
    SUSTAINABILITY_CHECKS_12,
    /** Davon nachhaltige Integrationen nach 12 Monaten (fortbestehend, mindestens 15 Stunden pro Woche). */
    SUSTAINED_INTEGRATIONS_12
}
