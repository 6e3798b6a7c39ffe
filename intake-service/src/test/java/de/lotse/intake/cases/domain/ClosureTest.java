package de.lotse.intake.cases.domain;

import de.lotse.intake.policy.domain.Preset;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static de.lotse.intake.cases.domain.CaseFixtures.DAY;
import static de.lotse.intake.cases.domain.CaseFixtures.admitted;
import static de.lotse.intake.cases.domain.CaseFixtures.assertConflict;
import static de.lotse.intake.cases.domain.CaseFixtures.assertRule;
import static de.lotse.intake.cases.domain.CaseFixtures.byFm;
import static de.lotse.intake.cases.domain.CaseFixtures.closing;
import static de.lotse.intake.cases.domain.CaseFixtures.on;
import static de.lotse.intake.cases.domain.CaseFixtures.referred;
import static org.assertj.core.api.Assertions.assertThat;

/** When a case may close, and what its closure needs: the handover, the maximum duration, after-care. */
class ClosureTest {

    @Test
    void closingTwiceOrClosingAReferralIsAConflict() {
        BfmCase closed = closing(Preset.PANKOW, "DECEASED").of(admitted(Preset.PANKOW, DAY));
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertConflict(() -> closing(Preset.PANKOW, "DECEASED").of(closed), "CASE_ALREADY_CLOSED");
        assertConflict(() -> closed.admit(byFm(DAY, DAY), on(Preset.PANKOW, DAY)), "CASE_NOT_REFERRED");
        assertConflict(() -> closing(Preset.PANKOW, "DECEASED").of(referred(Preset.PANKOW, DAY)), "CASE_NOT_OPEN");
    }

    @Test
    void closingBackToTheAvNeedsTheWarmHandover() {
        BfmCase c = admitted(Preset.PANKOW, DAY);
        assertRule(() -> closing(Preset.PANKOW, "NO_MOTIVATION").of(c), "HANDOVER_REQUIRED");
        BfmCase closed = closing(Preset.PANKOW, "NO_MOTIVATION")
                .handover(new Handover("av-1", DAY, true))
                .of(c);
        assertThat(closed.closure().handover().teamLeadInvolved()).isTrue();
    }

    @Test
    void closureAtTheMaximumDurationWithAndWithoutARunningAghUnderTah() {
        BfmCase c = admitted(Preset.TAH, DAY);
        LocalDate threeYears = DAY.plusYears(3);
        Handover handover = new Handover("av-1", threeYears, false);
        assertRule(
                () -> closing(Preset.TAH, "STANDARD_DURATION_EXPIRED")
                        .on(threeYears.minusDays(1))
                        .handover(handover)
                        .of(c),
                "MAX_DURATION_NOT_REACHED");
        assertRule(
                () -> closing(Preset.TAH, "STANDARD_DURATION_EXPIRED")
                        .on(threeYears)
                        .handover(handover)
                        .whileAnAghRuns()
                        .of(c),
                "AGH_RUNNING");
        BfmCase closed = closing(Preset.TAH, "STANDARD_DURATION_EXPIRED")
                .on(threeYears)
                .handover(handover)
                .of(c);
        assertThat(closed.durationDaysOn(threeYears)).isEqualTo(1096);

        // PANKOW knows no AGH exception: at two years the case may close although an AGH runs
        LocalDate twoYears = DAY.plusYears(2);
        assertThat(closing(Preset.PANKOW, "STANDARD_DURATION_EXPIRED")
                        .on(twoYears)
                        .handover(new Handover("av-1", twoYears, false))
                        .whileAnAghRuns()
                        .of(admitted(Preset.PANKOW, DAY))
                        .status())
                .isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void insufficientWorkingAllianceOnlyAfterTheClarificationPhaseUnderTah() {
        LocalDate held = DAY.plusDays(7);
        BfmCase active = admitted(Preset.TAH, DAY).recordFirstConsultation(held, on(Preset.TAH, held));
        Handover handover = new Handover("av-1", held, false);
        LocalDate ends = held.plusMonths(3);
        assertRule(
                () -> closing(Preset.TAH, "INSUFFICIENT_WORKING_ALLIANCE")
                        .on(ends.minusDays(1))
                        .handover(handover)
                        .of(active),
                "CLARIFICATION_PHASE_NOT_ENDED");
        assertThat(closing(Preset.TAH, "INSUFFICIENT_WORKING_ALLIANCE")
                        .on(ends)
                        .handover(handover)
                        .of(active)
                        .status())
                .isEqualTo(CaseStatus.CLOSED);
        assertRule(
                () -> closing(Preset.TAH, "INSUFFICIENT_WORKING_ALLIANCE")
                        .handover(handover)
                        .of(admitted(Preset.TAH, DAY)),
                "CLARIFICATION_PHASE_NOT_ENDED");
    }

    @Test
    void afterCareOnlyAfterAnIntegrationAndWithinThePolicyLimit() {
        BfmCase c = admitted(Preset.TAH, DAY);
        LocalDate closedOn = DAY.plusMonths(1);
        Handover handover = new Handover("av-1", closedOn, false);
        assertThat(closing(Preset.TAH, "PERMANENT_INTEGRATION")
                        .on(closedOn)
                        .handover(handover)
                        .afterCareUntil(closedOn.plusMonths(6))
                        .of(c)
                        .closure()
                        .afterCareUntil())
                .isEqualTo(closedOn.plusMonths(6));
        assertRule(
                () -> closing(Preset.TAH, "PERMANENT_INTEGRATION")
                        .on(closedOn)
                        .handover(handover)
                        .afterCareUntil(closedOn.plusMonths(6).plusDays(1))
                        .of(c),
                "AFTER_CARE_TOO_LONG");
        assertRule(
                () -> closing(Preset.TAH, "NOT_ECONOMICAL")
                        .on(closedOn)
                        .handover(handover)
                        .afterCareUntil(closedOn.plusMonths(1))
                        .of(c),
                "AFTER_CARE_NOT_ALLOWED");
        // PANKOW has no after-care
        assertRule(
                () -> closing(Preset.PANKOW, "EMPLOYMENT")
                        .on(closedOn)
                        .handover(handover)
                        .afterCareUntil(closedOn.plusMonths(1))
                        .of(admitted(Preset.PANKOW, DAY)),
                "AFTER_CARE_NOT_ALLOWED");
    }
}
