package de.lotse.intake.eligibility.domain;

/** Where a fact of the eligibility check came from. */
public enum FactSource {
    /** the latest completed assessment ({@code assessment-completed}) */
    ASSESSMENT,
    /** the referring AV's input */
    INPUT
}
