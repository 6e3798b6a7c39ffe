package de.lotse.intake.cases.domain;

/** Why a customer is referred (Zugangsgründe, DOMAIN.md §4); recorded with the referral. */
public enum AccessReason {
    /** Komplexe Profillage mit mindestens drei Handlungsbedarfen (BA2010 3b, PANKOW 4.1). */
    MIN_CRITERIA_MET,
    /** Integrationsfortschritt durch FM zu erwarten (BA2010 3b (b)). */
    PROGRESS_EXPECTED,
    /** Prophylaxe: Neukunde mit Risiko der Langzeitarbeitslosigkeit (PANKOW 4.1). */
    PROPHYLAXIS_NEW_CUSTOMER,
    /** Verfestigung mindestens eines Handlungsbedarfs (TAH 4.1). */
    ENTRENCHMENT,
    /** Tieferliegende Hemmnisse vermutet, in der Vermittlung nicht feststellbar (TAH 4.1). */
    DEEPER_BARRIERS_SUSPECTED,
    /** Sozialintegrativer Ansatz (TAH 4.1). */
    SOCIAL_INTEGRATION,
    /** Teilnahme an einer Arbeitsgelegenheit §16d (TAH 4.2). */
    AGH_PARTICIPATION
}
