package de.lotse.intake.eligibility.application;

import de.lotse.intake.customers.application.CustomerService;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.eligibility.domain.CustomerFacts;
import de.lotse.intake.eligibility.domain.Eligibility;
import de.lotse.intake.policy.application.PolicyService;
import de.lotse.intake.policy.domain.JobcenterPolicy;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/** The eligibility check endpoint's use case: evaluate, explain, store nothing but the audit entry of a read assessment. */
@Singleton
public class EligibilityCheck {
    private final EligibilityService eligibility;
    private final PolicyService policies;
    private final CustomerService customers;
    private final Clock clock;

    EligibilityCheck(EligibilityService eligibility, PolicyService policies, CustomerService customers, Clock clock) {
        this.eligibility = eligibility;
        this.policies = policies;
        this.customers = customers;
        this.clock = clock;
    }

    @Transactional
    public Eligibility check(CurrentUser user, String customerNumber, CustomerFacts input) {
        String jobcenterId = user.requireJobcenter();
        JobcenterPolicy policy = policies.inForce(jobcenterId);
        Customer known = customerNumber == null
                ? null
                : customers.findByNumber(jobcenterId, customerNumber).orElse(null);
        CustomerFacts facts = eligibility.facts(user, policy.settings(), known, input);
        return eligibility.evaluate(
                policy.settings(), policy.version(), facts, LocalDate.ofInstant(clock.instant(), PolicyService.BERLIN));
    }
}
