package de.lotse.intake.cases.infrastructure;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("customer")
record CustomerEntity(@Id UUID id, String jobcenterId, String customerNumber, String firstName, String lastName,
                      LocalDate dateOfBirth) {
}
