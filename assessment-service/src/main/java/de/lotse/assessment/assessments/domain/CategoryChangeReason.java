package de.lotse.assessment.assessments.domain;

/** Why a customer's profile or category changed (a change is recorded with its reason, UCKERMARK 4.1.4). */
public enum CategoryChangeReason {
    /** Handlungsbedarfe abgebaut, Integrationsfortschritt */
    INTEGRATION_PROGRESS,
    /** neue oder verfestigte Hemmnisse */
    NEW_OR_ENTRENCHED_BARRIERS,
    /** ein der Vermittlung entgegenstehendes Ereignis beginnt (z. B. Elternzeit) */
    OBSTRUCTION_STARTED,
    /** das entgegenstehende Ereignis endet: Reaktivierung */
    OBSTRUCTION_ENDED,
    /** Aufnahme oder Ende einer geförderten Selbständigkeit */
    SELF_EMPLOYMENT,
    /** neue Erkenntnisse im Assessment */
    REASSESSMENT
}
