package de.lotse.intake.nonreferral.domain;

import de.lotse.intake.customers.domain.Customer;

/** A non-referral with its customer, for lists and reads. */
public record NonReferralWithCustomer(NonReferral nonReferral, Customer customer) {}
