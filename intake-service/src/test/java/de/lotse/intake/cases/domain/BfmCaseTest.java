package de.lotse.intake.cases.domain;

import de.lotse.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BfmCaseTest {
    private static final Instant REFERRED_AT = Instant.parse("2026-11-02T09:00:00Z");

    private static BfmCase referred() {
        return BfmCase.refer("jc-1", UUID.randomUUID(), ReferralRoute.AV, List.of(AccessReason.MIN_CRITERIA_MET),
                null, AgeGroup.UE25, "team-1", "av-1", REFERRED_AT, 0);
    }

    @Test
    void admitsReferredCaseWithWillingCustomer() {
        BfmCase bfmCase = referred();
        bfmCase.admit("fm-1", true, LocalDate.of(2026, 11, 5), Instant.parse("2026-11-05T10:00:00Z"));
        assertThat(bfmCase.status()).isEqualTo(CaseStatus.ADMITTED);
        assertThat(bfmCase.caseManagerId()).isEqualTo("fm-1");
        assertThat(bfmCase.admittedOn()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void refusesAdmissionWithoutWillingness() {
        assertThatThrownBy(() -> referred().admit("fm-1", false, LocalDate.of(2026, 11, 5), REFERRED_AT.plusSeconds(60)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("CUSTOMER_NOT_WILLING");
                    assertThat(v.field()).isEqualTo("customerWilling");
                });
    }

    @Test
    void refusesSecondAdmission() {
        BfmCase bfmCase = referred();
        bfmCase.admit("fm-1", true, LocalDate.of(2026, 11, 2), REFERRED_AT.plusSeconds(60));
        assertThatThrownBy(() -> bfmCase.admit("fm-2", true, LocalDate.of(2026, 11, 2), REFERRED_AT.plusSeconds(120)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("CASE_NOT_REFERRED"));
    }

    @Test
    void refusesAdmissionBeforeReferralOrInFuture() {
        assertThatThrownBy(() -> referred().admit("fm-1", true, LocalDate.of(2026, 11, 1), REFERRED_AT.plusSeconds(60)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo("ADMISSION_BEFORE_REFERRAL"));
        assertThatThrownBy(() -> referred().admit("fm-1", true, LocalDate.of(2026, 11, 9), REFERRED_AT.plusSeconds(60)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("ADMISSION_IN_FUTURE"));
    }

    @Test
    void referralNeedsAnAccessReason() {
        assertThatThrownBy(() -> BfmCase.refer("jc-1", UUID.randomUUID(), ReferralRoute.AV, List.of(), null,
                AgeGroup.U25, "team-1", "av-1", REFERRED_AT, 0))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reasons"));
    }

    @Test
    void derivesAgeGroupOnTheDayOfTheTwentyFifthBirthday() {
        LocalDate born = LocalDate.of(2001, 11, 22);
        assertThat(AgeGroup.at(born, LocalDate.of(2026, 11, 21))).isEqualTo(AgeGroup.U25);
        assertThat(AgeGroup.at(born, LocalDate.of(2026, 11, 22))).isEqualTo(AgeGroup.UE25);
    }
}
