package de.lotse.intake.eligibility.domain;

/**
 * One criterion of the check, explained: what the policy requires, what the facts say, and where
 * the facts came from.
 *
 * @param code     stable code, e.g. {@code MIN_NEEDS}, {@code EXCLUSION_PENSION_APPLICATION_PENDING}
 * @param label    German explanation of the criterion
 * @param required what the policy requires, in words
 * @param actual   what the facts say, in words ("fehlt" when unknown)
 * @param fact     the fact (request field below {@code facts}) the criterion looks at
 * @param source   where that fact came from
 */
public record CriterionResult(
        String code, String label, String required, String actual, Outcome outcome, String fact, FactSource source) {

    public boolean met() {
        return outcome == Outcome.MET;
    }
}
