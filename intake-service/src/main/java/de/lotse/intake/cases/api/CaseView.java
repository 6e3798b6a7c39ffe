package de.lotse.intake.cases.api;

import de.lotse.intake.cases.application.CaseDetails;
import de.lotse.intake.cases.domain.BfmCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Serdeable
@Schema(name = "Fall", description = "Ein Fall im Fallmanagement mit Kundenbezug (Lesen wird protokolliert)")
public record CaseView(
        UUID caseId,
        String status,
        String jobcenterId,
        UUID customerRef,
        String customerNumber,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String ageGroup,
        String route,
        List<String> reasons,
        String teamId,
        String referredBy,
        Instant referredAt,
        @Nullable String caseManagerId,
        @Nullable LocalDate admittedOn,
        int policyVersion) {

    static CaseView of(CaseDetails details) {
        BfmCase c = details.bfmCase();
        var customer = details.customer();
        return new CaseView(c.id(), c.status().name(), c.jobcenterId(), customer.id(), customer.customerNumber(),
                customer.firstName(), customer.lastName(), customer.dateOfBirth(), c.ageGroup().name(),
                c.route().name(), c.reasons().stream().map(Enum::name).toList(), c.teamId(), c.referredBy(),
                c.referredAt(), c.caseManagerId(), c.admittedOn(), c.policyVersion());
    }
}
