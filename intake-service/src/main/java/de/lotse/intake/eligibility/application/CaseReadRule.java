package de.lotse.intake.eligibility.application;

import de.lotse.intake.customers.domain.Customer;
import de.lotse.platform.security.CurrentUser;

import java.util.UUID;

/**
 * Whether the caller may read a case of the customer, by the rules of the case file. An
 * assessment's facts are data of the case it was made in: the eligibility check applies them only
 * for someone who may read that case (implemented by the cases feature, which owns the rules).
 */
public interface CaseReadRule {
    boolean mayRead(CurrentUser user, UUID caseId, Customer customer);
}
