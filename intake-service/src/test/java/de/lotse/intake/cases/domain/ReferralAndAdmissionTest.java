package de.lotse.intake.cases.domain;

import de.lotse.intake.policy.domain.Preset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static de.lotse.intake.cases.domain.CaseFixtures.DAY;
import static de.lotse.intake.cases.domain.CaseFixtures.admitted;
import static de.lotse.intake.cases.domain.CaseFixtures.assertConflict;
import static de.lotse.intake.cases.domain.CaseFixtures.assertRule;
import static de.lotse.intake.cases.domain.CaseFixtures.byFm;
import static de.lotse.intake.cases.domain.CaseFixtures.on;
import static de.lotse.intake.cases.domain.CaseFixtures.referral;
import static de.lotse.intake.cases.domain.CaseFixtures.referred;
import static org.assertj.core.api.Assertions.assertThat;

/** From the referral to the case manager's first consultation — and the way through the team lead. */
class ReferralAndAdmissionTest {

    @Test
    void referralUnderTahStartsTheThreeDaySecondaryAssignmentDeadline() {
        assertThat(referred(Preset.TAH, DAY).referral().secondaryAssignmentDueOn())
                .isEqualTo(DAY.plusDays(3));
        assertThat(referred(Preset.PANKOW, DAY).referral().secondaryAssignmentDueOn())
                .isNull();
        assertRule(() -> referral(Preset.BA2010, DAY).reasons(List.of()).refer(), "ACCESS_REASON_REQUIRED");
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
}
