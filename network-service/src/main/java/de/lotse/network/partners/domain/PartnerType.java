package de.lotse.network.partners.domain;

/** Kind of partner organisation (docs/domain.md §9). */
public enum PartnerType {
    /** Beratungsstelle (Schulden, Sucht, psychosozial, Migration …). */
    COUNSELLING_AGENCY,
    /** Sozialer Dienst / freier Träger. */
    SOCIAL_SERVICE,
    /** Maßnahmeträger. */
    MEASURE_PROVIDER,
    /** Kommunale Stelle (z. B. Jugendamt, Wohnungssicherung). */
    MUNICIPAL_SERVICE,
    /** Gesundheitsdienst / Beratung zur Gesundheit. */
    HEALTH_SERVICE
}
