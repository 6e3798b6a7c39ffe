package de.lotse.intake.cases.domain;

import de.lotse.intake.customers.domain.Customer;

import java.time.Instant;

/**
 * A case together with its customer, for staff of the case's Jobcenter.
 *
 * @param assessedAt when the case's latest assessment was completed, as the work lists read it (they name the next
 *     step: an active case without one waits for its profiling); {@code null}: none yet, or not read
 */
public record CaseWithCustomer(BfmCase bfmCase, Customer customer, Instant assessedAt) {
    public CaseWithCustomer(BfmCase bfmCase, Customer customer) {
        this(bfmCase, customer, null);
    }
}
