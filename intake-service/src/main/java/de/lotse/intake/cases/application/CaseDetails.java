package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.Customer;

/** A case together with its customer, for staff of the case's Jobcenter. */
public record CaseDetails(BfmCase bfmCase, Customer customer) {
}
