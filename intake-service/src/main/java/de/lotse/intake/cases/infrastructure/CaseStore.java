package de.lotse.intake.cases.infrastructure;

import de.lotse.intake.cases.domain.AccessReason;
import de.lotse.intake.cases.domain.AgeGroup;
import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseStatus;
import de.lotse.intake.cases.domain.Customer;
import de.lotse.intake.cases.domain.ReferralRoute;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/** Maps the case aggregate and customers to their tables. */
@Singleton
public class CaseStore {
    private final CaseJdbcRepository cases;
    private final CustomerJdbcRepository customers;

    CaseStore(CaseJdbcRepository cases, CustomerJdbcRepository customers) {
        this.cases = cases;
        this.customers = customers;
    }

    /** Only within the Jobcenter: another Jobcenter's case is indistinguishable from a missing one. */
    public Optional<BfmCase> find(String jobcenterId, UUID caseId) {
        return cases.findByIdAndJobcenterId(caseId, jobcenterId).map(CaseStore::toDomain);
    }

    /** Whether the customer already has a referred or admitted case. */
    public boolean hasOpenCase(UUID customerId) {
        return cases.countByCustomerIdAndStatusInList(customerId,
                java.util.List.of(CaseStatus.REFERRED.name(), CaseStatus.ADMITTED.name())) > 0;
    }

    public void insert(BfmCase bfmCase) {
        cases.save(toEntity(bfmCase));
    }

    /** Optimistic lock on the version: a concurrent change makes this fail. */
    public void update(BfmCase bfmCase) {
        cases.update(toEntity(bfmCase));
    }

    public Optional<Customer> findCustomer(String jobcenterId, String customerNumber) {
        return customers.findByJobcenterIdAndCustomerNumber(jobcenterId, customerNumber).map(CaseStore::toDomain);
    }

    public Optional<Customer> findCustomer(UUID customerId) {
        return customers.findById(customerId).map(CaseStore::toDomain);
    }

    public void insert(Customer customer) {
        customers.save(new CustomerEntity(customer.id(), customer.jobcenterId(), customer.customerNumber(),
                customer.firstName(), customer.lastName(), customer.dateOfBirth()));
    }

    private static CaseEntity toEntity(BfmCase c) {
        return new CaseEntity(c.id(), c.jobcenterId(), c.customerId(), c.status().name(), c.route().name(),
                c.reasons().stream().map(Enum::name).toArray(String[]::new), c.referralNote(), c.ageGroup().name(),
                c.teamId(), c.referredBy(), c.referredAt(), c.caseManagerId(), c.admittedOn(), c.admittedAt(),
                c.policyVersion(), c.version());
    }

    private static BfmCase toDomain(CaseEntity e) {
        return new BfmCase(e.id(), e.jobcenterId(), e.customerId(), CaseStatus.valueOf(e.status()),
                ReferralRoute.valueOf(e.route()),
                Arrays.stream(e.reasonCodes()).map(AccessReason::valueOf).toList(), e.referralNote(),
                AgeGroup.valueOf(e.ageGroup()), e.teamId(), e.referredBy(), e.referredAt(), e.caseManagerId(),
                e.admittedOn(), e.admittedAt(), e.policyVersion(), e.version());
    }

    private static Customer toDomain(CustomerEntity e) {
        return new Customer(e.id(), e.jobcenterId(), e.customerNumber(), e.firstName(), e.lastName(), e.dateOfBirth());
    }
}
