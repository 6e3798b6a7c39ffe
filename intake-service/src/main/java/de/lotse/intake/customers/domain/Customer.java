package de.lotse.intake.customers.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer (eLb) as far as case management needs to know them (docs/domain.md §12: only what FM
 * needs). {@code id} is the pseudonymous reference other services see; number, name and date of
 * birth stay in intake.
 *
 * @param id                 pseudonymous customer reference ({@code customerRef} in events)
 * @param customerNumber     Kundennummer
 * @param dateOfBirth        U25/Ü25 is derived from it
 * @param householdRef       Bedarfsgemeinschaft (BG-Nummer), so FM can involve other members
 * @param teamId             the customer's integration team (AV side)
 * @param responsibleAvId    the responsible placement officer (zuständige:r Arbeitsvermittler:in)
 */
public record Customer(
        UUID id,
        String jobcenterId,
        String customerNumber,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String householdRef,
        String teamId,
        String responsibleAvId) {

    public Customer {
        Objects.requireNonNull(id);
        Objects.requireNonNull(jobcenterId);
        Objects.requireNonNull(customerNumber);
        Objects.requireNonNull(dateOfBirth);
    }

    public AgeGroup ageGroupOn(LocalDate day) {
        return AgeGroup.at(dateOfBirth, day);
    }

    /** Same person as the given master data? Number reuse with another birth date or name is a conflict. */
    public boolean matches(String otherLastName, LocalDate otherDateOfBirth) {
        return dateOfBirth.equals(otherDateOfBirth) && lastName.equalsIgnoreCase(otherLastName);
    }

    /** A copy for another Jobcenter after the customer moved there (seamless takeover). */
    public Customer movedTo(UUID newId, String newJobcenterId, String newTeamId) {
        return new Customer(
                newId, newJobcenterId, customerNumber, firstName, lastName, dateOfBirth, householdRef, newTeamId, null);
    }
}
