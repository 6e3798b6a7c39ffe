package de.lotse.intake.cases.domain;

import de.lotse.intake.customers.domain.AgeGroup;
import de.lotse.intake.eligibility.domain.AccessReason;
import de.lotse.intake.jobcenter.domain.WorkingDays;
import de.lotse.intake.policy.domain.ClosureReason;
import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.intake.policy.domain.Preset;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case lifecycle and its rules, without any framework. */
class BfmCaseTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static DecisionContext on(Preset preset, LocalDate day) {
        PolicySettings settings = preset.settings();
        return new DecisionContext(
                settings,
                1,
                day,
                day.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant(),
                WorkingDays.mondayToFriday());
    }

    private static BfmCase referred(Preset preset, LocalDate day) {
        return BfmCase.refer(
                UUID.randomUUID(),
                "jc-1",
                UUID.randomUUID(),
                ReferralRoute.AV,
                List.of(AccessReason.MIN_CRITERIA_MET),
                null,
                AgeGroup.UE25,
                "team-fm-1",
                "av-1",
                null,
                null,
                new BfmCase.BenefitDates(day, null),
                on(preset, day));
    }

    private static AdmissionDecision byFm(LocalDate admittedOn, LocalDate discussion) {
        return new AdmissionDecision("fm-1", "FM", "fm-1", true, admittedOn, discussion, null, false);
    }

    private static BfmCase admitted(Preset preset, LocalDate day) {
        return referred(preset, day).admit(byFm(day, day), on(preset, day));
    }

    private static ClosureReason reason(Preset preset, String code) {
        return preset.settings().closureReason(code).orElseThrow();
    }

    private static void assertRule(Runnable action, String rule) {
        assertThatThrownBy(action::run)
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo(rule));
    }

    private static void assertConflict(Runnable action, String rule) {
        assertThatThrownBy(action::run)
                .isInstanceOf(StateConflict.class)
                .satisfies(e -> assertThat(((StateConflict) e).rule()).isEqualTo(rule));
    }

    @Test
    void referralUnderTahStartsTheThreeDaySecondaryAssignmentDeadline() {
        assertThat(referred(Preset.TAH, DAY).referral().secondaryAssignmentDueOn())
                .isEqualTo(DAY.plusDays(3));
        assertThat(referred(Preset.PANKOW, DAY).referral().secondaryAssignmentDueOn())
                .isNull();
        assertRule(
                () -> BfmCase.refer(
                        UUID.randomUUID(),
                        "jc",
                        UUID.randomUUID(),
                        ReferralRoute.AV,
                        List.of(),
                        null,
                        AgeGroup.UE25,
                        "t",
                        "av",
                        null,
                        null,
                        BfmCase.BenefitDates.NONE,
                        on(Preset.BA2010, DAY)),
                "ACCESS_REASON_REQUIRED");
    }

    @Test
    void admissionUnderTahIsSecondarySupportWithAFourteenDayFirstConsultationAndThreeYears() {
        BfmCase c = admitted(Preset.TAH, DAY);
        assertThat(c.status()).isEqualTo(CaseStatus.ADMITTED);
        assertThat(c.supportRole()).isEqualTo(SupportRole.SECONDARY);
        assertThat(c.firstConsultation().dueOn()).isEqualTo(DAY.plusDays(14));
        assertThat(c.admission().maxDurationEndsOn()).isEqualTo(DAY.plusYears(3));
        assertThat(c.admission().policyVersion()).isEqualTo(1);

        BfmCase pankow = admitted(Preset.PANKOW, DAY);
        assertThat(pankow.supportRole()).isEqualTo(SupportRole.PRIMARY);
        assertThat(pankow.firstConsultation().dueOn()).isNull();
        assertThat(pankow.admission().maxDurationEndsOn()).isEqualTo(DAY.plusYears(2));
    }

    @Test
    void admissionNeedsWillingnessAndUnderTahTheJointCaseDiscussion() {
        BfmCase c = referred(Preset.TAH, DAY);
        assertRule(
                () -> c.admit(
                        new AdmissionDecision("fm-1", "FM", "fm-1", false, DAY, DAY, null, false), on(Preset.TAH, DAY)),
                "CUSTOMER_NOT_WILLING");
        assertRule(() -> c.admit(byFm(DAY, null), on(Preset.TAH, DAY)), "JOINT_CASE_DISCUSSION_REQUIRED");
        assertRule(
                () -> c.admit(byFm(DAY.minusDays(1), DAY.minusDays(1)), on(Preset.TAH, DAY)),
                "ADMISSION_BEFORE_REFERRAL");
        assertRule(() -> c.admit(byFm(DAY.plusDays(1), DAY), on(Preset.TAH, DAY)), "ADMISSION_IN_FUTURE");
        // BA2010 does not ask for the discussion
        assertThat(referred(Preset.BA2010, DAY)
                        .admit(byFm(DAY, null), on(Preset.BA2010, DAY))
                        .status())
                .isEqualTo(CaseStatus.ADMITTED);
    }

    @Test
    void firstConsultationSwitchesToPrimarySupportAndStartsTheClarificationPhase() {
        BfmCase c =
                admitted(Preset.TAH, DAY).recordFirstConsultation(DAY.plusDays(10), on(Preset.TAH, DAY.plusDays(10)));
        assertThat(c.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(c.supportRole()).isEqualTo(SupportRole.PRIMARY);
        assertThat(c.firstConsultation().clarificationPhaseEndsOn())
                .isEqualTo(DAY.plusDays(10).plusMonths(3));
        assertConflict(
                () -> c.recordFirstConsultation(DAY.plusDays(11), on(Preset.TAH, DAY.plusDays(11))),
                "FIRST_CONSULTATION_ALREADY_HELD");

        BfmCase accompanying = referred(Preset.TAH, DAY)
                .admit(
                        new AdmissionDecision("fm-1", "FM", "fm-1", true, DAY, DAY, SupportVariant.ACCOMPANYING, false),
                        on(Preset.TAH, DAY));
        assertThat(accompanying
                        .recordFirstConsultation(DAY, on(Preset.TAH, DAY))
                        .supportRole())
                .isEqualTo(SupportRole.SECONDARY);
    }

    @Test
    void declineEscalateAndTheTeamLeadDecidesOnce() {
        DecisionContext ctx = on(Preset.TAH, DAY);
        BfmCase declined = referred(Preset.TAH, DAY).decline("fm-1", DeclineReason.NO_PROGRESS_EXPECTED, null, ctx);
        assertThat(declined.status()).isEqualTo(CaseStatus.DECLINED);
        assertConflict(() -> declined.admit(byFm(DAY, DAY), ctx), "CASE_NOT_REFERRED");
        assertRule(() -> declined.escalate("av-1", " ", ctx), "STATEMENT_REQUIRED");

        BfmCase escalated = declined.escalate("av-1", "Mehrere verfestigte Hemmnisse", ctx);
        assertThat(escalated.status()).isEqualTo(CaseStatus.ESCALATED);
        assertConflict(() -> escalated.escalate("av-1", "nochmal", ctx), "ALREADY_ESCALATED");

        BfmCase admitted = escalated.decideEscalation(
                "tl-1",
                true,
                "Aufnahme",
                new AdmissionDecision("tl-1", "TL", "fm-2", true, null, DAY, null, false),
                ctx);
        assertThat(admitted.status()).isEqualTo(CaseStatus.ADMITTED);
        assertThat(admitted.caseManagerId()).isEqualTo("fm-2");
        assertThat(admitted.admission().decidedByRole()).isEqualTo("TL");
        assertThat(admitted.escalation().admitted()).isTrue();

        BfmCase notAdmitted = escalated.decideEscalation("tl-1", false, "Keine Fortschritte zu erwarten", null, ctx);
        assertThat(notAdmitted.status()).isEqualTo(CaseStatus.NOT_ADMITTED);
        assertConflict(() -> notAdmitted.decideEscalation("tl-1", true, "doch", null, ctx), "CASE_NOT_ESCALATED");
        assertConflict(() -> notAdmitted.escalate("av-1", "nochmal", ctx), "ALREADY_ESCALATED");
    }

    @Test
    void closingTwiceOrClosingAReferralIsAConflict() {
        DecisionContext ctx = on(Preset.PANKOW, DAY);
        BfmCase c = admitted(Preset.PANKOW, DAY);
        BfmCase closed = c.close(reason(Preset.PANKOW, "DECEASED"), DAY, "fm-1", null, null, null, false, null, ctx);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertConflict(
                () -> closed.close(reason(Preset.PANKOW, "DECEASED"), DAY, "fm-1", null, null, null, false, null, ctx),
                "CASE_ALREADY_CLOSED");
        assertConflict(() -> closed.admit(byFm(DAY, DAY), ctx), "CASE_NOT_REFERRED");
        assertConflict(
                () -> referred(Preset.PANKOW, DAY)
                        .close(reason(Preset.PANKOW, "DECEASED"), DAY, "fm-1", null, null, null, false, null, ctx),
                "CASE_NOT_OPEN");
    }

    @Test
    void closingBackToTheAvNeedsTheWarmHandover() {
        DecisionContext ctx = on(Preset.PANKOW, DAY);
        BfmCase c = admitted(Preset.PANKOW, DAY);
        assertRule(
                () -> c.close(reason(Preset.PANKOW, "NO_MOTIVATION"), DAY, "fm-1", null, null, null, false, null, ctx),
                "HANDOVER_REQUIRED");
        BfmCase closed = c.close(
                reason(Preset.PANKOW, "NO_MOTIVATION"),
                DAY,
                "fm-1",
                new Handover("av-1", DAY, true),
                null,
                null,
                false,
                null,
                ctx);
        assertThat(closed.closure().handover().teamLeadInvolved()).isTrue();
    }

    @Test
    void closureAtTheMaximumDurationWithAndWithoutARunningAghUnderTah() {
        BfmCase c = admitted(Preset.TAH, DAY);
        LocalDate threeYears = DAY.plusYears(3);
        ClosureReason expired = reason(Preset.TAH, "STANDARD_DURATION_EXPIRED");
        Handover handover = new Handover("av-1", threeYears, false);
        assertRule(
                () -> c.close(
                        expired,
                        threeYears.minusDays(1),
                        "fm-1",
                        handover,
                        null,
                        null,
                        false,
                        null,
                        on(Preset.TAH, threeYears.minusDays(1))),
                "MAX_DURATION_NOT_REACHED");
        assertRule(
                () -> c.close(
                        expired, threeYears, "fm-1", handover, null, null, true, null, on(Preset.TAH, threeYears)),
                "AGH_RUNNING");
        BfmCase closed =
                c.close(expired, threeYears, "fm-1", handover, null, null, false, null, on(Preset.TAH, threeYears));
        assertThat(closed.durationDaysOn(threeYears)).isEqualTo(1096);

        // PANKOW knows no AGH exception: at two years the case may close although an AGH runs
        BfmCase pankow = admitted(Preset.PANKOW, DAY);
        LocalDate twoYears = DAY.plusYears(2);
        assertThat(pankow.close(
                                reason(Preset.PANKOW, "STANDARD_DURATION_EXPIRED"),
                                twoYears,
                                "fm-1",
                                new Handover("av-1", twoYears, false),
                                null,
                                null,
                                true,
                                null,
                                on(Preset.PANKOW, twoYears))
                        .status())
                .isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void insufficientWorkingAllianceOnlyAfterTheClarificationPhaseUnderTah() {
        LocalDate held = DAY.plusDays(7);
        BfmCase active = admitted(Preset.TAH, DAY).recordFirstConsultation(held, on(Preset.TAH, held));
        ClosureReason alliance = reason(Preset.TAH, "INSUFFICIENT_WORKING_ALLIANCE");
        Handover handover = new Handover("av-1", held, false);
        LocalDate ends = held.plusMonths(3);
        assertRule(
                () -> active.close(
                        alliance,
                        ends.minusDays(1),
                        "fm-1",
                        handover,
                        null,
                        null,
                        false,
                        null,
                        on(Preset.TAH, ends.minusDays(1))),
                "CLARIFICATION_PHASE_NOT_ENDED");
        assertThat(active.close(alliance, ends, "fm-1", handover, null, null, false, null, on(Preset.TAH, ends))
                        .status())
                .isEqualTo(CaseStatus.CLOSED);
        assertRule(
                () -> admitted(Preset.TAH, DAY)
                        .close(alliance, DAY, "fm-1", handover, null, null, false, null, on(Preset.TAH, DAY)),
                "CLARIFICATION_PHASE_NOT_ENDED");
    }

    @Test
    void afterCareOnlyAfterAnIntegrationAndWithinThePolicyLimit() {
        BfmCase c = admitted(Preset.TAH, DAY);
        DecisionContext ctx = on(Preset.TAH, DAY.plusMonths(1));
        Handover handover = new Handover("av-1", DAY.plusMonths(1), false);
        LocalDate closedOn = DAY.plusMonths(1);
        assertThat(c.close(
                                reason(Preset.TAH, "PERMANENT_INTEGRATION"),
                                closedOn,
                                "fm-1",
                                handover,
                                closedOn.plusMonths(6),
                                null,
                                false,
                                null,
                                ctx)
                        .closure()
                        .afterCareUntil())
                .isEqualTo(closedOn.plusMonths(6));
        assertRule(
                () -> c.close(
                        reason(Preset.TAH, "PERMANENT_INTEGRATION"),
                        closedOn,
                        "fm-1",
                        handover,
                        closedOn.plusMonths(6).plusDays(1),
                        null,
                        false,
                        null,
                        ctx),
                "AFTER_CARE_TOO_LONG");
        assertRule(
                () -> c.close(
                        reason(Preset.TAH, "NOT_ECONOMICAL"),
                        closedOn,
                        "fm-1",
                        handover,
                        closedOn.plusMonths(1),
                        null,
                        false,
                        null,
                        ctx),
                "AFTER_CARE_NOT_ALLOWED");
        // PANKOW has no after-care
        assertRule(
                () -> admitted(Preset.PANKOW, DAY)
                        .close(
                                reason(Preset.PANKOW, "EMPLOYMENT"),
                                closedOn,
                                "fm-1",
                                handover,
                                closedOn.plusMonths(1),
                                null,
                                false,
                                null,
                                on(Preset.PANKOW, closedOn)),
                "AFTER_CARE_NOT_ALLOWED");
    }

    @Test
    void u25ToUe25NeedsTheTwentyFifthBirthdayAndUnderUckermarkFinishedMeasures() {
        LocalDate birth = DAY.minusYears(25).plusDays(10);
        BfmCase young = BfmCase.refer(
                        UUID.randomUUID(),
                        "jc-1",
                        UUID.randomUUID(),
                        ReferralRoute.AV,
                        List.of(AccessReason.MIN_CRITERIA_MET),
                        null,
                        AgeGroup.U25,
                        "team-u25",
                        "av-1",
                        null,
                        null,
                        new BfmCase.BenefitDates(DAY, null),
                        on(Preset.UCKERMARK, DAY))
                .admit(byFm(DAY, null), on(Preset.UCKERMARK, DAY));
        assertRule(
                () -> young.transfer(
                        TransferKind.U25_TO_UE25,
                        "team-ue25",
                        "fm-9",
                        birth,
                        0,
                        false,
                        null,
                        on(Preset.UCKERMARK, DAY)),
                "NOT_YET_25");
        LocalDate birthday = birth.plusYears(25);
        assertRule(
                () -> young.transfer(
                        TransferKind.U25_TO_UE25,
                        "team-ue25",
                        "fm-9",
                        birth,
                        1,
                        false,
                        null,
                        on(Preset.UCKERMARK, birthday)),
                "MEASURES_RUNNING");
        BfmCase transferred = young.transfer(
                TransferKind.U25_TO_UE25, "team-ue25", "fm-9", birth, 1, true, null, on(Preset.UCKERMARK, birthday));
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
        assertThat(young.transfer(
                                TransferKind.U25_TO_UE25,
                                "team-ue25",
                                "fm-9",
                                birth,
                                1,
                                false,
                                null,
                                on(Preset.PANKOW, birthday))
                        .ageGroup())
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
        BfmCase transferred = withDeputy.transfer(
                TransferKind.REORGANISATION, "team-fm-2", "fm-3", null, 0, false, null, on(Preset.TAH, transferDay));
        assertThat(transferred.deputy()).isNull();
        // not yet begun: ended before it began, so nobody grants it a single day
        assertThat(withDeputy.deputyRemovedBy(transferred, transferDay))
                .contains(new Deputy("fm-2", DAY.plusDays(5), DAY.plusDays(1), true));

        LocalDate after = DAY.plusDays(15);
        assertThat(withDeputy.deputyRemovedBy(
                        withDeputy.transfer(
                                TransferKind.REORGANISATION,
                                "team-fm-2",
                                "fm-3",
                                null,
                                0,
                                false,
                                null,
                                on(Preset.TAH, after)),
                        after))
                .isEmpty();
        // a reassignment to someone else keeps the deputy: nothing removed
        assertThat(withDeputy.deputyRemovedBy(withDeputy.reassign("fm-4"), transferDay))
                .isEmpty();
    }
}
