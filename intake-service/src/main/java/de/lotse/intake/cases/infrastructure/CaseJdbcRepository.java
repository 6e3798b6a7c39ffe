package de.lotse.intake.cases.infrastructure;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseJdbcRepository extends CrudRepository<CaseEntity, UUID> {
    Optional<CaseEntity> findByIdAndJobcenterId(UUID id, String jobcenterId);

    long countByCustomerIdAndStatusInList(UUID customerId, java.util.List<String> status);
}
