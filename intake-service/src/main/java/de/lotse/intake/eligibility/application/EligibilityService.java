package de.lotse.intake.eligibility.application;

import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.eligibility.domain.CustomerFacts;
import de.lotse.intake.eligibility.domain.Eligibility;
import de.lotse.intake.eligibility.domain.EligibilityRules;
import de.lotse.intake.eligibility.infrastructure.AssessmentFactsStore;
import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.platform.domain.RuleViolation;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Runs the eligibility check for a customer: the facts of the latest completed assessment when
 * there is one, the AV's input for everything else (DOMAIN.md §4, issue 3 item 3).
 */
@Singleton
public class EligibilityService {
    private final AssessmentFactsStore assessments;
    private final JsonMapper json;

    EligibilityService(AssessmentFactsStore assessments, JsonMapper json) {
        this.assessments = assessments;
        this.json = json;
    }

    /** The facts the check uses: the input, overridden by the latest assessment of a known customer. */
    public CustomerFacts facts(PolicySettings settings, Customer knownCustomer, CustomerFacts input) {
        CustomerFacts facts = input;
        if (knownCustomer != null) {
            facts = assessments.latestForCustomer(knownCustomer.jobcenterId(), knownCustomer.id())
                    .map(assessment -> input.withAssessment(assessment, settings.profileScheme()))
                    .orElse(input);
        }
        if (facts.profileCode() != null && !settings.profileScheme().contains(facts.profileCode())) {
            throw new RuleViolation("facts.profileCode", "UNKNOWN_PROFILE", "„" + facts.profileCode()
                    + "“ gehört nicht zum Profilschema des Jobcenters (" + settings.profileScheme() + ": "
                    + String.join(", ", settings.profileScheme().codes()) + ").");
        }
        return facts;
    }

    public Eligibility evaluate(PolicySettings settings, int policyVersion, CustomerFacts facts, LocalDate today) {
        return EligibilityRules.evaluate(settings, policyVersion, facts, today);
    }

    /** The answer as stored with a referral (criteria snapshot). */
    public String snapshot(Eligibility eligibility) {
        try {
            return json.writeValueAsString(eligibility);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Eligibility readSnapshot(String snapshot) {
        try {
            return json.readValue(snapshot, Eligibility.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
