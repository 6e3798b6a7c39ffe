package de.lotse.intake.eligibility.infrastructure;

import de.lotse.intake.eligibility.domain.CriterionResult;
import de.lotse.intake.eligibility.domain.Eligibility;
import de.lotse.intake.eligibility.domain.PathResult;
import io.micronaut.serde.annotation.SerdeImport;

/**
 * The eligibility answer travels as JSON (the API, and a referral's criteria snapshot) but its domain records stay
 * free of framework annotations; their serialisation is imported here, in the feature that owns them.
 */
@SerdeImport(Eligibility.class)
@SerdeImport(CriterionResult.class)
@SerdeImport(PathResult.class)
final class EligibilitySerde {
    private EligibilitySerde() {}
}
