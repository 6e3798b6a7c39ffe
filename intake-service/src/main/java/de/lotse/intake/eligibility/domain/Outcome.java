package de.lotse.intake.eligibility.domain;

/** The result of one criterion. */
public enum Outcome {
    /** erfüllt */
    MET,
    /** nicht erfüllt */
    NOT_MET,
    /** not decidable: a fact is missing (counts as not met) */
    UNKNOWN;

    static Outcome of(boolean met) {
        return met ? MET : NOT_MET;
    }
}
