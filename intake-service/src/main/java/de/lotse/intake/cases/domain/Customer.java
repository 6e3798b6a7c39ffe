package de.lotse.intake.cases.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer (eLb) as far as case management needs to know them. {@code id} is the pseudonymous
 * reference other services see; number and name stay in intake.
 */
public record Customer(UUID id, String jobcenterId, String customerNumber, String firstName, String lastName,
                       LocalDate dateOfBirth) {
}
