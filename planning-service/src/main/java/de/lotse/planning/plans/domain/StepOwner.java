package de.lotse.planning.plans.domain;

/** Who carries out a step of the plan. */
public enum StepOwner {
    /** die Kundin / der Kunde */
    CUSTOMER,
    /** die Fachkraft im Fallmanagement */
    CASE_MANAGER,
    /** ein Netzwerkpartner / Dritter */
    PARTNER
}
