package de.lotse.intake.cases.domain;

import de.lotse.intake.customers.domain.AgeGroup;
import de.lotse.intake.eligibility.domain.AccessReason;
import de.lotse.intake.jobcenter.domain.WorkingDays;
import de.lotse.intake.policy.domain.ClosureReason;
import de.lotse.intake.policy.domain.Preset;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cases of the domain tests in the states they start from (Mother-style): an adult referred by an AV on the
 * minimum criteria to {@code team-fm-1}, admitted by {@code fm-1}, closed by {@code fm-1} — each with the few
 * variations the tests name.
 */
final class CaseFixtures {
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private CaseFixtures() {}

    /** Decisions under the preset's policy (version 1) on that day at 10:00 in Berlin. */
    static DecisionContext on(Preset preset, LocalDate day) {
        return new DecisionContext(
                preset.settings(),
                1,
                day,
                day.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant(),
                WorkingDays.mondayToFriday());
    }

    static BfmCase referred(Preset preset, LocalDate day) {
        return referral(preset, day).refer();
    }

    static BfmCase admitted(Preset preset, LocalDate day) {
        return referred(preset, day).admit(byFm(day, day), on(preset, day));
    }

    /** {@code fm-1} admits the willing customer and stays their case manager. */
    static AdmissionDecision byFm(LocalDate admittedOn, LocalDate jointCaseDiscussionOn) {
        return new AdmissionDecision("fm-1", "FM", "fm-1", true, admittedOn, jointCaseDiscussionOn, null, false);
    }

    static ClosureReason reason(Preset preset, String code) {
        return preset.settings().closureReason(code).orElseThrow();
    }

    static Referral referral(Preset preset, LocalDate day) {
        return new Referral(preset, day);
    }

    /** A closure for the preset's reason, on {@link #DAY} unless {@link Closing#on} says otherwise, by {@code fm-1}. */
    static Closing closing(Preset preset, String reasonCode) {
        return new Closing(preset, reason(preset, reasonCode));
    }

    static void assertRule(Runnable action, String rule) {
        assertThatThrownBy(action::run)
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo(rule));
    }

    static void assertConflict(Runnable action, String rule) {
        assertThatThrownBy(action::run)
                .isInstanceOf(StateConflict.class)
                .satisfies(e -> assertThat(((StateConflict) e).rule()).isEqualTo(rule));
    }

    /** A referral by {@code av-1} on the AV route; the application handed in on the day of the referral. */
    static final class Referral {
        private final Preset preset;
        private final LocalDate day;
        private List<AccessReason> reasons = List.of(AccessReason.MIN_CRITERIA_MET);
        private AgeGroup ageGroup = AgeGroup.UE25;
        private String teamId = "team-fm-1";

        private Referral(Preset preset, LocalDate day) {
            this.preset = preset;
            this.day = day;
        }

        Referral reasons(List<AccessReason> reasons) {
            this.reasons = reasons;
            return this;
        }

        /** A customer under 25, referred to that team. */
        Referral u25(String teamId) {
            this.ageGroup = AgeGroup.U25;
            this.teamId = teamId;
            return this;
        }

        BfmCase refer() {
            return BfmCase.refer(
                    UUID.randomUUID(),
                    "jc-1",
                    UUID.randomUUID(),
                    ReferralRoute.AV,
                    reasons,
                    null,
                    ageGroup,
                    teamId,
                    "av-1",
                    null,
                    null,
                    new BfmCase.BenefitDates(day, null),
                    on(preset, day));
        }
    }

    /** A closure decided under the preset's policy on the day the case closes. */
    static final class Closing {
        private final Preset preset;
        private final ClosureReason reason;
        private LocalDate closedOn = DAY;
        private Handover handover;
        private LocalDate afterCareUntil;
        private boolean aghRunning;

        private Closing(Preset preset, ClosureReason reason) {
            this.preset = preset;
            this.reason = reason;
        }

        Closing on(LocalDate closedOn) {
            this.closedOn = closedOn;
            return this;
        }

        Closing handover(Handover handover) {
            this.handover = handover;
            return this;
        }

        Closing afterCareUntil(LocalDate afterCareUntil) {
            this.afterCareUntil = afterCareUntil;
            return this;
        }

        Closing whileAnAghRuns() {
            this.aghRunning = true;
            return this;
        }

        BfmCase of(BfmCase c) {
            return c.close(
                    reason,
                    closedOn,
                    "fm-1",
                    handover,
                    afterCareUntil,
                    null,
                    aghRunning,
                    null,
                    CaseFixtures.on(preset, closedOn));
        }
    }
}
