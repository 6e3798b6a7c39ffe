package de.lotse.intake.policy.domain;

/**
 * Why a customer must not be referred while the fact lasts (TAH 4.2, docs/domain.md §4.3). A policy
 * lists the exclusions it applies; the others are recorded but do not block.
 */
public enum ExclusionCriterion {
    /** Ärztliches oder psychologisches Gutachten beauftragt, Eröffnung steht aus. */
    MEDICAL_REPORT_PENDING("Ein ärztliches oder psychologisches Gutachten ist beauftragt und noch nicht eröffnet"),
    /** Antrag auf Alters- oder Erwerbsminderungsrente in Bearbeitung (auch im Widerspruchsverfahren). */
    PENSION_APPLICATION_PENDING(
            "Ein Antrag auf Alters- oder Erwerbsminderungsrente ist in Bearbeitung (auch Widerspruch)"),
    /** Voraussetzungen nach §19 SGB III werden geprüft oder liegen vor (Rehabilitand:in). */
    REHABILITATION("Die Voraussetzungen nach § 19 SGB III (Rehabilitation) werden geprüft oder liegen vor"),
    /** Die Kundin / der Kunde möchte primär eine Ausbildung oder ein Studium aufnehmen. */
    PRIMARY_GOAL_TRAINING_OR_STUDY("Die Kundin / der Kunde möchte primär eine Ausbildung oder ein Studium aufnehmen");

    private final String label;

    ExclusionCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The rule code a refused referral names, e.g. {@code EXCLUSION_PENSION_APPLICATION_PENDING}. */
    public String rule() {
        return "EXCLUSION_" + name();
    }
}
