package de.lotse.intake.policy.infrastructure;

import de.lotse.intake.eligibility.domain.CriterionResult;
import de.lotse.intake.eligibility.domain.Eligibility;
import de.lotse.intake.eligibility.domain.PathResult;
import de.lotse.intake.policy.domain.AccessRules;
import de.lotse.intake.policy.domain.CaseloadRatio;
import de.lotse.intake.policy.domain.ClosureReason;
import de.lotse.intake.policy.domain.ContactRule;
import de.lotse.intake.policy.domain.Deadline;
import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.intake.policy.domain.RoutingRules;
import io.micronaut.serde.annotation.SerdeImport;

/**
 * The domain records that travel as JSON (policy settings in the database and the API, the
 * eligibility answer as a referral's criteria snapshot) stay free of framework annotations; their
 * serialisation is imported here.
 */
@SerdeImport(PolicySettings.class)
@SerdeImport(AccessRules.class)
@SerdeImport(Deadline.class)
@SerdeImport(RoutingRules.class)
@SerdeImport(ContactRule.class)
@SerdeImport(CaseloadRatio.class)
@SerdeImport(ClosureReason.class)
@SerdeImport(Eligibility.class)
@SerdeImport(CriterionResult.class)
@SerdeImport(PathResult.class)
final class DomainSerde {
    private DomainSerde() {
    }
}
