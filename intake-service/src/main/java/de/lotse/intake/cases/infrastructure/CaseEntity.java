package de.lotse.intake.cases.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("bfm_case")
record CaseEntity(
        @Id UUID id,
        String jobcenterId,
        UUID customerId,
        String status,
        String route,
        @TypeDef(type = DataType.STRING_ARRAY) String[] reasonCodes,
        @Nullable String referralNote,
        String ageGroup,
        String teamId,
        String referredBy,
        Instant referredAt,
        @Nullable String caseManagerId,
        @Nullable LocalDate admittedOn,
        @Nullable Instant admittedAt,
        int policyVersion,
        @Version long version) {
}
