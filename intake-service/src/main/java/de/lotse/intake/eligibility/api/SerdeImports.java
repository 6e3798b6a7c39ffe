package de.lotse.intake.eligibility.api;

import de.lotse.intake.policy.domain.ExclusionCriterion;
import io.micronaut.serde.annotation.SerdeImport;

/**
 * Introspections serde needs for domain types that the API reads, generated here so that the domain stays free of
 * framework annotations. {@link ExclusionCriterion}: the referral's facts carry a {@code Set} of it, and without an
 * introspection serde threw and caught an exception on every referral to find that out (2 % of intake's CPU in the
 * write benchmark, docs/benchmarks.md issue 20).
 */
@SerdeImport(ExclusionCriterion.class)
final class SerdeImports {
    private SerdeImports() {}
}
