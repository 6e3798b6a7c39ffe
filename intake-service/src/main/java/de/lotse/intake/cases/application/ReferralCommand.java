package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.AccessReason;
import de.lotse.intake.cases.domain.ReferralRoute;

import java.time.LocalDate;
import java.util.List;

/** A referral as the use case takes it, after input validation. */
public record ReferralCommand(String customerNumber, String firstName, String lastName, LocalDate dateOfBirth,
                              ReferralRoute route, List<AccessReason> reasons, String teamId, String note) {
}
