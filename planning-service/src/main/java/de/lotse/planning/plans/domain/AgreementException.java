package de.lotse.planning.plans.domain;

/** Why a case works without an agreement (docs/domain.md §6). */
public enum AgreementException {
    /** Die Kundin / der Kunde kann die Folgen einer Vereinbarung derzeit nicht übersehen (PANKOW 4.4). */
    CANNOT_OVERSEE_CONSEQUENCES,
    /** Kategorie X, Y oder Z: vorübergehend keine Vereinbarung (UCKERMARK 4.1.1). */
    CATEGORY_X_Y_Z
}
