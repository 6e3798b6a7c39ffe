package de.lotse.planning.casefacts.application;

import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.policyreference.PolicyReference;
import de.lotse.platform.policyreference.PolicyReferences;
import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the settings planning applies from the Jobcenter's {@code policy-changed} (flattened keys as
 * intake publishes them: {@code contactRule.maxGapMonths}, {@code contactRule.maxGapMonthsByCategory.A},
 * …). Until a policy arrives, the BA minimum applies.
 */
@Singleton
public class PlanningPolicies {
    private static final String CONTACT_RULE = "contactRule.";
    private static final String BY_CATEGORY = CONTACT_RULE + "maxGapMonthsByCategory.";

    private final PolicyReferences policies;

    PlanningPolicies(PolicyReferences policies) {
        this.policies = policies;
    }

    public PlanningPolicy of(String jobcenterId) {
        return policies.find(jobcenterId).map(PlanningPolicies::from).orElse(PlanningPolicy.BA_MINIMUM);
    }

    static PlanningPolicy from(PolicyReference p) {
        PlanningPolicy base = PlanningPolicy.BA_MINIMUM;
        return new PlanningPolicy(p.policyVersion(),
                p.setting("agreementType").orElse(base.agreementType()),
                p.intSetting("agreementMaxValidityMonths").orElse(base.agreementMaxValidityMonths()),
                contactRule(p),
                p.intSetting("continuationReviewMonths").orElse(base.continuationReviewMonths()),
                p.setting("maxDurationExtension").orElse("NONE"),
                p.flag("aghContinuesBeyondMaxDuration"),
                p.flag("deputyNeedsCustomerAgreement"));
    }

    private static PlanningPolicy.ContactRule contactRule(PolicyReference p) {
        if (p.settings().keySet().stream().noneMatch(key -> key.startsWith(CONTACT_RULE))) {
            return null;
        }
        Map<String, Integer> byCategory = new HashMap<>();
        p.settings().forEach((key, value) -> {
            if (key.startsWith(BY_CATEGORY)) {
                byCategory.put(key.substring(BY_CATEGORY.length()), Integer.valueOf(value));
            }
        });
        Set<ContactFormat> counted = EnumSet.noneOf(ContactFormat.class);
        p.listSetting(CONTACT_RULE + "countedFormats").forEach(format -> counted.add(ContactFormat.valueOf(format.trim())));
        return new PlanningPolicy.ContactRule(p.intSetting(CONTACT_RULE + "minPerYear").orElse(null),
                p.intSetting(CONTACT_RULE + "maxGapMonths").orElse(null), byCategory, counted);
    }
}
