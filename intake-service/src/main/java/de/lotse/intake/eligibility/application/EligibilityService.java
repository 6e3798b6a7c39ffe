package de.lotse.intake.eligibility.application;

import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.eligibility.domain.AssessmentFacts;
import de.lotse.intake.eligibility.domain.CustomerFacts;
import de.lotse.intake.eligibility.domain.Eligibility;
import de.lotse.intake.eligibility.domain.EligibilityRules;
import de.lotse.intake.eligibility.infrastructure.AssessmentFactsStore;
import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Runs the eligibility check for a customer: the facts of the latest completed assessment when
 * there is one and the caller may read it, the caller's input for everything else (docs/domain.md §4,
 * issue 3 item 3).
 */
@Singleton
public class EligibilityService {
    private final AssessmentFactsStore assessments;
    private final CaseReadRule caseRead;
    private final AuditLog audit;
    private final JsonMapper json;

    EligibilityService(AssessmentFactsStore assessments, CaseReadRule caseRead, AuditLog audit, JsonMapper json) {
        this.assessments = assessments;
        this.caseRead = caseRead;
        this.audit = audit;
        this.json = json;
    }

    /**
     * The facts the check uses: the input, overridden by the latest assessment of a known customer
     * where the caller may read the case it belongs to (that read is audited). Otherwise the stored
     * facts are left out without a word: the answer is the same as for an unknown customer, so it
     * tells nobody that the customer was ever assessed, and an AV's first check still works.
     *
     * @param storedCustomer the customer as stored before the request changes anything (a referral
     *                       makes the referring AV responsible), {@code null} if unknown
     */
    public CustomerFacts facts(
            CurrentUser user, PolicySettings settings, Customer storedCustomer, CustomerFacts input) {
        CustomerFacts facts = input;
        if (storedCustomer != null) {
            Optional<AssessmentFacts> readable = assessments
                    .latestForCustomer(storedCustomer.jobcenterId(), storedCustomer.id())
                    .filter(assessment -> caseRead.mayRead(user, assessment.caseId(), storedCustomer));
            if (readable.isPresent()) {
                audit.record(
                        user,
                        "READ",
                        "assessment-facts",
                        storedCustomer.id().toString(),
                        readable.get().caseId(),
                        "Zugangsprüfung");
                facts = input.withAssessment(readable.get(), settings.profileScheme());
            }
        }
        if (facts.profileCode() != null && !settings.profileScheme().contains(facts.profileCode())) {
            throw new RuleViolation(
                    "facts.profileCode",
                    "UNKNOWN_PROFILE",
                    "Diese Angabe gehört nicht zu den "
                            + settings.profileScheme().label() + " des Jobcenters ("
                            + String.join(
                                    ", ",
                                    settings.profileScheme().codes().stream()
                                            .map(settings.profileScheme()::labelOf)
                                            .toList())
                            + ").");
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
