package de.lotse.intake.cases.domain;

import de.lotse.intake.customers.domain.AgeGroup;
import de.lotse.intake.policy.domain.Preset;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static de.lotse.intake.cases.domain.CaseFixtures.DAY;
import static de.lotse.intake.cases.domain.CaseFixtures.admitted;
import static de.lotse.intake.cases.domain.CaseFixtures.assertConflict;
import static de.lotse.intake.cases.domain.CaseFixtures.assertRule;
import static de.lotse.intake.cases.domain.CaseFixtures.byFm;
import static de.lotse.intake.cases.domain.CaseFixtures.on;
import static de.lotse.intake.cases.domain.CaseFixtures.referral;
import static org.assertj.core.api.Assertions.assertThat;

/** Who works on an open case: the transfer to another team (U25 to Ü25, reorganisation) and the deputy. */
class TransferAndDeputyTest {

    @Test
    void u25ToUe25NeedsTheTwentyFifthBirthdayAndUnderUckermarkFinishedMeasures() {
        LocalDate birth = DAY.minusYears(25).plusDays(10);
        BfmCase young = referral(Preset.UCKERMARK, DAY)
                .u25("team-u25")
                .refer()
                .admit(byFm(DAY, null), on(Preset.UCKERMARK, DAY));
        assertRule(() -> toUe25(young, birth, 0, false, on(Preset.UCKERMARK, DAY)), "NOT_YET_25");
        LocalDate birthday = birth.plusYears(25);
        assertRule(() -> toUe25(young, birth, 1, false, on(Preset.UCKERMARK, birthday)), "MEASURES_RUNNING");
        BfmCase transferred = toUe25(young, birth, 1, true, on(Preset.UCKERMARK, birthday));
        assertThat(transferred.ageGroup()).isEqualTo(AgeGroup.UE25);
        assertThat(transferred.teamId()).isEqualTo("team-ue25");
        assertThat(transferred.caseManagerId()).isEqualTo("fm-9");
        assertConflict(
                () -> transferred.transfer(
                        TransferKind.U25_TO_UE25,
                        "team-x",
                        "fm-x",
                        birth,
                        0,
                        false,
                        null,
                        on(Preset.UCKERMARK, birthday)),
                "NOT_U25");
        // PANKOW: the measure is flagged, the transfer is not held up
        assertThat(toUe25(young, birth, 1, false, on(Preset.PANKOW, birthday)).ageGroup())
                .isEqualTo(AgeGroup.UE25);
    }

    @Test
    void deputyForAPeriodWithTheCustomersAgreementRecorded() {
        DecisionContext ctx = on(Preset.TAH, DAY);
        BfmCase c = admitted(Preset.TAH, DAY);
        assertRule(() -> c.assignDeputy("fm-1", DAY, DAY.plusDays(5), true, ctx), "DEPUTY_IS_CASE_MANAGER");
        assertRule(() -> c.assignDeputy("fm-2", DAY, DAY.minusDays(1), true, ctx), "UNTIL_BEFORE_FROM");
        BfmCase deputy = c.assignDeputy("fm-2", DAY, DAY.plusDays(14), false, ctx);
        assertThat(deputy.isDeputyOn("fm-2", DAY.plusDays(3))).isTrue();
        assertThat(deputy.isDeputyOn("fm-2", DAY.plusDays(15))).isFalse();
        assertThat(deputy.deputy().customerAgreed()).isFalse();
        BfmCase ended = deputy.endDeputy(on(Preset.TAH, DAY.plusDays(2)));
        assertThat(ended.deputy().until()).isEqualTo(DAY.plusDays(2));
        assertConflict(() -> ended.endDeputy(on(Preset.TAH, DAY.plusDays(3))), "NO_DEPUTY");
    }

    @Test
    void aTransferEndsADeputyStillStandingInTheDayBeforeButNotOneWhosePeriodIsOver() {
        DecisionContext ctx = on(Preset.TAH, DAY);
        BfmCase withDeputy =
                admitted(Preset.TAH, DAY).assignDeputy("fm-2", DAY.plusDays(5), DAY.plusDays(14), true, ctx);
        LocalDate transferDay = DAY.plusDays(2);
        BfmCase transferred = reorganised(withDeputy, transferDay);
        assertThat(transferred.deputy()).isNull();
        // not yet begun: ended before it began, so nobody grants it a single day
        assertThat(withDeputy.deputyRemovedBy(transferred, transferDay))
                .contains(new Deputy("fm-2", DAY.plusDays(5), DAY.plusDays(1), true));

        LocalDate after = DAY.plusDays(15);
        assertThat(withDeputy.deputyRemovedBy(reorganised(withDeputy, after), after))
                .isEmpty();
        // a reassignment to someone else keeps the deputy: nothing removed
        assertThat(withDeputy.deputyRemovedBy(withDeputy.reassign("fm-4"), transferDay))
                .isEmpty();
    }

    /** The move of a U25 case to {@code fm-9} of {@code team-ue25}. */
    private static BfmCase toUe25(
            BfmCase c,
            LocalDate dateOfBirth,
            int runningMeasures,
            boolean despiteRunningMeasures,
            DecisionContext ctx) {
        return c.transfer(
                TransferKind.U25_TO_UE25,
                "team-ue25",
                "fm-9",
                dateOfBirth,
                runningMeasures,
                despiteRunningMeasures,
                null,
                ctx);
    }

    /** The case moves to {@code fm-3} of {@code team-fm-2} in a reorganisation under TAH on that day. */
    private static BfmCase reorganised(BfmCase c, LocalDate day) {
        return c.transfer(TransferKind.REORGANISATION, "team-fm-2", "fm-3", null, 0, false, null, on(Preset.TAH, day));
    }
}
