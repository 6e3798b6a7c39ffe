package de.lotse.reporting.outcomes.domain;

/** Flows, durations and outcomes per month (DOMAIN.md §10: success is more than job placement). */
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
    REFERRALS_16A_COMPLETED
}
