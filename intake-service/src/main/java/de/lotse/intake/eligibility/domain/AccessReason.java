package de.lotse.intake.eligibility.domain;

/**
 * Why a customer is referred (Zugangsgrund, docs/domain.md §4): each reason is an access path of the
 * Jobcenter's policy, and a referral names only paths whose criteria the customer meets.
 */
public enum AccessReason {
    /**
     * Mindestkriterien erfüllt: needs in the counted key groups, complex profile, integration horizon
     * and expected progress, as far as the policy requires them (BA2010 3b, PANKOW 4.1, UCKERMARK 4.1.1).
     */
    MIN_CRITERIA_MET("Mindestkriterien erfüllt"),
    /** Prophylaxe: new customer with a recognisable risk of long-term unemployment (PANKOW 4.1). */
    PROPHYLAXIS_NEW_CUSTOMER("Prophylaxe bei Neukundinnen und Neukunden"),
    /** Fewer needs, but at least one entrenched (Verfestigung, TAH 4.1). */
    ENTRENCHMENT("Verfestigter Handlungsbedarf"),
    /** Deeper barriers suspected that regular placement cannot determine (TAH 4.1). */
    DEEPER_BARRIERS_SUSPECTED("Tieferliegende Vermittlungshemmnisse vermutet"),
    /** Social-integrative approach: prevent further distance from the labour market (TAH 4.1). */
    SOCIAL_INTEGRATION("Sozialintegrativer Ansatz"),
    /** Participant of a work opportunity §16d SGB II (TAH 4.2). */
    AGH_PARTICIPATION("Teilnahme an einer Arbeitsgelegenheit (§ 16d SGB II)");

    private final String label;

    AccessReason(String label) {
        this.label = label;
    }

    /** The reason's name as the users know it, for messages (the same words as the web app's). */
    public String label() {
        return label;
    }
}
