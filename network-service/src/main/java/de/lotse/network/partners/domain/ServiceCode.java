package de.lotse.network.partners.domain;

/**
 * Services partners offer (TAH 7, DV2017 6). The first four are the municipal integration services
 * of §16a SGB II.
 */
public enum ServiceCode {
    /** Betreuung minderjähriger oder behinderter Kinder / häusliche Pflege von Angehörigen, §16a Nr. 1. */
    CHILDCARE_OR_HOME_CARE(true),
    /** Schuldnerberatung, §16a Nr. 2. */
    DEBT_COUNSELLING(true),
    /** Psychosoziale Betreuung, §16a Nr. 3. */
    PSYCHOSOCIAL_COUNSELLING(true),
    /** Suchtberatung, §16a Nr. 4. */
    ADDICTION_COUNSELLING(true),
    /** Wohnungssicherung / Hilfe bei drohendem Wohnungsverlust. */
    HOUSING_SECURITY(false),
    /** Gesundheitsberatung. */
    HEALTH_ADVICE(false),
    /** Lebenslagenberatung. */
    LIFE_SITUATION_ADVICE(false),
    /** Migrationsberatung. */
    MIGRATION_COUNSELLING(false),
    /** Jugendamt / Jugendhilfe. */
    YOUTH_WELFARE_OFFICE(false),
    /** Maßnahme eines Trägers. */
    MEASURE(false);

    private final boolean municipal16a;

    ServiceCode(boolean municipal16a) {
        this.municipal16a = municipal16a;
    }

    public boolean municipal16a() {
        return municipal16a;
    }
}
