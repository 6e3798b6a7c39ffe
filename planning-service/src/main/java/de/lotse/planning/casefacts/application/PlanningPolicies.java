package de.lotse.planning.casefacts.application;

import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.platform.kernel.contacts.ContactRule;
import de.lotse.platform.policyreference.PolicyReference;
import de.lotse.platform.policyreference.PolicyReferences;
import jakarta.inject.Singleton;

/**
 * Reads the settings planning applies from the Jobcenter's {@code policy-changed} (flattened keys as
 * intake publishes them: {@code contactRule.maxGapMonths}, {@code contactRule.maxGapMonthsByCategory.A},
 * …). Until a policy arrives, the BA minimum applies.
 */
@Singleton
public class PlanningPolicies {
    private final PolicyReferences policies;

    PlanningPolicies(PolicyReferences policies) {
        this.policies = policies;
    }

    public PlanningPolicy of(String jobcenterId) {
        return policies.find(jobcenterId).map(PlanningPolicies::from).orElse(PlanningPolicy.BA_MINIMUM);
    }

    /** The settings in force on a past day, for a record dated then (an imported history, docs/domain.md §11.1). */
    public PlanningPolicy on(String jobcenterId, java.time.LocalDate day) {
        return policies.findOn(jobcenterId, day).map(PlanningPolicies::from).orElse(PlanningPolicy.BA_MINIMUM);
    }

    /**
     * The maximum duration's end for a case admitted on the day, by the policy in force then (for a check of an
     * imported case before intake's case-opened names it); none where that policy sets no maximum.
     */
    public java.time.LocalDate maxDurationEndsOn(String jobcenterId, java.time.LocalDate admittedOn) {
        return policies.findOn(jobcenterId, admittedOn)
                .flatMap(p -> p.intSetting("maxDurationMonths"))
                .map(admittedOn::plusMonths)
                .orElse(null);
    }

    static PlanningPolicy from(PolicyReference p) {
        PlanningPolicy base = PlanningPolicy.BA_MINIMUM;
        return new PlanningPolicy(
                p.policyVersion(),
                p.intSetting("agreementMaxValidityMonths").orElse(null),
                ContactRule.of(p).orElse(null),
                p.intSetting("continuationReviewMonths").orElse(base.continuationReviewMonths()),
                p.setting("maxDurationExtension").orElse("NONE"),
                p.flag("aghContinuesBeyondMaxDuration"),
                p.flag("deputyNeedsCustomerAgreement"));
    }
}
