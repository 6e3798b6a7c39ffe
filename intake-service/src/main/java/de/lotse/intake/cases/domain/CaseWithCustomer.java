package de.lotse.intake.cases.domain;

import de.lotse.intake.customers.domain.Customer;

/** A case together with its customer, for staff of the case's Jobcenter. */
public record CaseWithCustomer(BfmCase bfmCase, Customer customer) {}
