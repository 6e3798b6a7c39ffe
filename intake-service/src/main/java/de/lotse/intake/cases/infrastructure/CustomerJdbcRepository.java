package de.lotse.intake.cases.infrastructure;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CustomerJdbcRepository extends CrudRepository<CustomerEntity, UUID> {
    Optional<CustomerEntity> findByJobcenterIdAndCustomerNumber(String jobcenterId, String customerNumber);
}
