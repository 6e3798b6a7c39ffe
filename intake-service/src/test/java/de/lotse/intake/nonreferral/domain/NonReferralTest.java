package de.lotse.intake.nonreferral.domain;

import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NonReferralTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    private static NonReferral recorded(Integer months) {
        return NonReferral.record(
                UUID.randomUUID(),
                "jc",
                UUID.randomUUID(),
                "team-av",
                NonReferralReason.MISSING_COOPERATION,
                null,
                "av-1",
                Instant.now(),
                DAY,
                1,
                months);
    }

    @Test
    void recheckIsDueAfterThePolicyIntervalAndEachConfirmationSetsTheNext() {
        NonReferral n = recorded(6);
        assertThat(n.recheckDueOn()).isEqualTo(DAY.plusMonths(6));
        assertThat(n.overdueOn(DAY.plusMonths(6))).isFalse();
        assertThat(n.overdueOn(DAY.plusMonths(6).plusDays(1))).isTrue();
        NonReferral confirmed = n.recheck(RecheckOutcome.CONFIRMED, DAY.plusMonths(5), DAY.plusMonths(5), 6);
        assertThat(confirmed.open()).isTrue();
        assertThat(confirmed.rechecks()).isEqualTo(1);
        assertThat(confirmed.recheckDueOn()).isEqualTo(DAY.plusMonths(11));
    }

    @Test
    void referralOrCriteriaNoLongerMetResolveIt() {
        NonReferral resolved = recorded(6).recheck(RecheckOutcome.REFERRED, DAY, DAY, 6);
        assertThat(resolved.open()).isFalse();
        assertThat(resolved.recheckDueOn()).isNull();
        assertThatThrownBy(() -> resolved.recheck(RecheckOutcome.CONFIRMED, DAY, DAY, 6))
                .isInstanceOf(StateConflict.class);
    }

    @Test
    void withoutARecheckRuleThereIsNoDueDateAndOtherNeedsANote() {
        assertThat(recorded(null).recheckDueOn()).isNull();
        assertThatThrownBy(() -> NonReferral.record(
                        UUID.randomUUID(),
                        "jc",
                        UUID.randomUUID(),
                        "t",
                        NonReferralReason.OTHER,
                        " ",
                        "av",
                        Instant.now(),
                        DAY,
                        1,
                        6))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> recorded(6).recheck(RecheckOutcome.CONFIRMED, DAY.minusDays(1), DAY, 6))
                .isInstanceOf(RuleViolation.class);
    }
}
