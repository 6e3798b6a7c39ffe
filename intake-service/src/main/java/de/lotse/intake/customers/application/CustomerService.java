package de.lotse.intake.customers.application;

import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.customers.infrastructure.CustomerStore;
import de.lotse.platform.domain.StateConflict;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The customer reference: only what FM needs, kept within the Jobcenter. */
@Singleton
public class CustomerService {
    private final CustomerStore store;

    CustomerService(CustomerStore store) {
        this.store = store;
    }

    /** Master data as a referral or non-referral brings it. */
    public record MasterData(
            String customerNumber,
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            String householdRef,
            String teamId,
            String responsibleAvId) {}

    /**
     * The known customer with this number, or a new one. A known number with another birth date or
     * surname is refused (409), never silently merged; household, team and responsible AV are
     * updated when given.
     */
    @Transactional
    public Customer resolve(String jobcenterId, MasterData data) {
        Optional<Customer> known = store.find(jobcenterId, data.customerNumber());
        if (known.isPresent()) {
            Customer customer = known.get();
            if (!customer.matches(data.lastName(), data.dateOfBirth())) {
                throw new StateConflict(
                        "CUSTOMER_NUMBER_MISMATCH", "Die Kundennummer ist bereits mit anderen Stammdaten erfasst.");
            }
            Customer updated = new Customer(
                    customer.id(),
                    jobcenterId,
                    customer.customerNumber(),
                    customer.firstName(),
                    customer.lastName(),
                    customer.dateOfBirth(),
                    or(data.householdRef(), customer.householdRef()),
                    or(data.teamId(), customer.teamId()),
                    or(data.responsibleAvId(), customer.responsibleAvId()));
            if (!updated.equals(customer)) {
                store.updateAssignment(updated);
            }
            return updated;
        }
        Customer created = new Customer(
                UUID.randomUUID(),
                jobcenterId,
                data.customerNumber(),
                data.firstName(),
                data.lastName(),
                data.dateOfBirth(),
                data.householdRef(),
                data.teamId(),
                data.responsibleAvId());
        store.insert(created);
        return created;
    }

    /** The same person at another Jobcenter after a move: found there by number, or copied there. */
    @Transactional
    public Customer atJobcenter(Customer customer, String jobcenterId, String teamId) {
        return store.find(jobcenterId, customer.customerNumber()).orElseGet(() -> {
            Customer moved = customer.movedTo(UUID.randomUUID(), jobcenterId, teamId);
            store.insert(moved);
            return moved;
        });
    }

    public Optional<Customer> find(String jobcenterId, UUID customerId) {
        return store.find(jobcenterId, customerId);
    }

    public Optional<Customer> findByNumber(String jobcenterId, String customerNumber) {
        return store.find(jobcenterId, customerNumber);
    }

    public Customer require(String jobcenterId, UUID customerId) {
        return store.find(jobcenterId, customerId)
                .orElseThrow(() -> new IllegalStateException("customer " + customerId + " missing"));
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
