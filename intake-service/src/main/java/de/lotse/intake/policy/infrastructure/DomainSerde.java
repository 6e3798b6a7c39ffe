package de.lotse.intake.policy.infrastructure;

import de.lotse.intake.policy.domain.AccessRules;
import de.lotse.intake.policy.domain.CaseloadRatio;
import de.lotse.intake.policy.domain.ClosureReason;
import de.lotse.intake.policy.domain.ContactRule;
import de.lotse.intake.policy.domain.DeadlineRule;
import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.intake.policy.domain.RoutingRules;
import io.micronaut.serde.annotation.SerdeImport;

/**
 * The policy's domain records travel as JSON (in the database and the API) but stay free of framework
 * annotations; their serialisation is imported here.
 */
@SerdeImport(PolicySettings.class)
@SerdeImport(AccessRules.class)
@SerdeImport(DeadlineRule.class)
@SerdeImport(RoutingRules.class)
@SerdeImport(ContactRule.class)
@SerdeImport(CaseloadRatio.class)
@SerdeImport(ClosureReason.class)
final class DomainSerde {
    private DomainSerde() {}
}
