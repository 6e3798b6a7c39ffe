package de.lotse.intake.cases.domain;

import de.lotse.intake.customers.domain.Customer;

/** A deadline with the customer and the responsible FM, for the list line. */
public record DeadlineLine(Deadline deadline, Customer customer, String caseManagerId) {}
