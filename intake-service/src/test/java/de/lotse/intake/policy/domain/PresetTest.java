package de.lotse.intake.policy.domain;

import de.lotse.intake.customers.domain.AgeGroup;
import de.lotse.intake.jobcenter.domain.WorkingDays;
import de.lotse.platform.codes.ProfileScheme;
import de.lotse.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The presets carry the settings of docs/domain.md §11 as the seeds state them. */
class PresetTest {
    private static final WorkingDays WEEKDAYS = WorkingDays.mondayToFriday();

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetIsAValidPolicyWithAClosureCatalogue(Preset preset) {
        PolicySettings settings = preset.settings();
        settings.validate();
        assertThat(settings.continuationReviewMonths()).isEqualTo(6);
        assertThat(settings.closureReasons()).extracting(ClosureReason::code).contains("MOVED", "DECEASED", "OTHER");
        assertThat(preset.settings()).isEqualTo(settings);
    }

    @Test
    void ba2010RequiresThreeNeedsAComplexProfileAndExpectedProgressForTwoYears() {
        PolicySettings ba = Preset.BA2010.settings();
        assertThat(ba.access().minNeeds()).isEqualTo(3);
        assertThat(ba.access().complexProfiles()).containsExactlyInAnyOrder("DEVELOPMENT", "STABILISATION", "SUPPORT");
        assertThat(ba.access().progressExpectedRequired()).isTrue();
        assertThat(ba.access().prophylaxisNewCustomerDays()).isNull();
        assertThat(ba.nonReferralRecheckMonths()).isEqualTo(6);
        assertThat(ba.maxDurationMonths()).isEqualTo(24);
        assertThat(ba.exclusions()).isEmpty();
        assertThat(ba.caseloadRatio()).isNull();
        assertThat(ba.contactRule()).isNull();
        // no catalogue in the BA's instruction: PANKOW's is the default
        assertThat(ba.closureReasons()).isEqualTo(Preset.PANKOW.settings().closureReasons());
    }

    @Test
    void pankowAddsTheTwelveMonthHorizonProphylaxisContactDensityAndTheTeamLeadExtension() {
        PolicySettings pankow = Preset.PANKOW.settings();
        assertThat(pankow.access().integrationNotExpectedWithinMonths()).isEqualTo(12);
        assertThat(pankow.access().prophylaxisNewCustomerDays()).isEqualTo(182);
        assertThat(pankow.maxDurationExtension()).isEqualTo(MaxDurationExtension.TEAM_LEAD_APPROVAL);
        assertThat(pankow.contactRule().minPerYear()).isEqualTo(10);
        assertThat(pankow.contactRule().maxGapMonths()).isEqualTo(2);
        assertThat(pankow.caseloadRatio().maxUe25()).isEqualTo(90);
        assertThat(pankow.caseloadRatio().targetMin()).isEqualTo(75);
        assertThat(pankow.closureReasons()).hasSize(16);
    }

    @Test
    void uckermarkIsCategoryBasedWithAgreementsOfSixMonthsAndSeparateRatios() {
        PolicySettings uckermark = Preset.UCKERMARK.settings();
        assertThat(uckermark.profileScheme()).isEqualTo(ProfileScheme.UCKERMARK_CATEGORIES);
        assertThat(uckermark.access().minNeeds()).isNull();
        // 2.1, 3: every customer has an FM — D and E are complex profiles (4.1.1), not an access criterion
        assertThat(uckermark.access().everyCustomer()).isTrue();
        assertThat(uckermark.access().complexProfiles()).isEmpty();
        assertThat(uckermark.maxDurationMonths()).isNull();
        assertThat(uckermark.nonReferralRecheckMonths()).isNull();
        assertThat(uckermark.agreementMaxValidityMonths()).isEqualTo(6);
        assertThat(uckermark.caseloadLimit(AgeGroup.UE25)).contains(150);
        assertThat(uckermark.caseloadLimit(AgeGroup.U25)).contains(75);
        assertThat(uckermark.contactRule().maxGapMonthsByCategory())
                .containsEntry("A", 1)
                .containsEntry("B", 3);
        // UCKERMARK 3: the ESB within 10 working days of the application; 4.1.1: no contact rule for X, Y, Z
        assertThat(uckermark.firstConsultationDeadline())
                .isEqualTo(
                        new DeadlineRule(10, DeadlineRule.DayCount.WORKING_DAYS, DeadlineRule.CountsFrom.APPLICATION));
        assertThat(uckermark.contactRule().exemptCategories()).containsExactlyInAnyOrder("X", "Y", "Z");
        assertThat(uckermark.u25TransferAfterRunningMeasures()).isTrue();
        // 3, 4.1, 4.2, 6.6: A goes to the market-near FM; first talk 10 WD after the benefit decision; 5/10 WD, 6
        // months
        assertThat(uckermark.routing().marketNearCategories()).containsExactly("A");
        assertThat(uckermark.routing().firstTalkAfterBenefitDecision())
                .isEqualTo(new DeadlineRule(10, DeadlineRule.DayCount.WORKING_DAYS));
        assertThat(uckermark.routing().marketNearInvitation())
                .isEqualTo(new DeadlineRule(5, DeadlineRule.DayCount.WORKING_DAYS));
        assertThat(uckermark.routing().marketNearFirstTalk())
                .isEqualTo(new DeadlineRule(10, DeadlineRule.DayCount.WORKING_DAYS));
        assertThat(uckermark.routing().marketNearReviewMonths()).isEqualTo(6);
    }

    @Test
    void tahHasExclusionsDeadlinesClarificationPhaseThreeYearsAndTheAghException() {
        PolicySettings tah = Preset.TAH.settings();
        assertThat(tah.exclusions()).containsExactlyInAnyOrder(ExclusionCriterion.values());
        assertThat(tah.access().entrenchmentVariant()).isTrue();
        assertThat(tah.secondaryAssignmentDays()).isEqualTo(3);
        assertThat(tah.firstConsultationDeadline())
                .isEqualTo(new DeadlineRule(14, DeadlineRule.DayCount.CALENDAR_DAYS));
        assertThat(tah.clarificationPhaseMonths()).isEqualTo(3);
        assertThat(tah.maxDurationMonths()).isEqualTo(36);
        assertThat(tah.aghContinuesBeyondMaxDuration()).isTrue();
        assertThat(tah.caseloadLimit(AgeGroup.U25)).contains(75);
        assertThat(tah.closureReason("INSUFFICIENT_WORKING_ALLIANCE"))
                .get()
                .extracting(ClosureReason::requiresClarificationPhaseEnded)
                .isEqualTo(true);
    }

    @Test
    void anAdjustedPresetIsCustomAnUnchangedOneKeepsItsCode() {
        PolicySettings tah = Preset.TAH.settings();
        PolicySettings adjusted = new PolicySettings(
                tah.access(),
                tah.exclusions(),
                tah.nonReferralRecheckMonths(),
                tah.secondaryAssignmentDays(),
                tah.firstConsultationDeadline(),
                tah.jointCaseDiscussionRequired(),
                tah.clarificationPhaseMonths(),
                tah.continuationReviewMonths(),
                48,
                tah.maxDurationExtension(),
                tah.aghContinuesBeyondMaxDuration(),
                tah.contactRule(),
                tah.caseloadRatio(),
                tah.agreementMaxValidityMonths(),
                tah.profileScheme(),
                tah.closureReasons(),
                tah.afterCareMaxMonths(),
                tah.deputyNeedsCustomerAgreement(),
                tah.u25TransferAfterRunningMeasures(),
                tah.routing());
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThat(JobcenterPolicy.next("jc", 2, Preset.TAH, adjusted, day, "admin", Instant.now(), "48 Monate")
                        .presetCode())
                .isEqualTo(Preset.CUSTOM);
        assertThat(JobcenterPolicy.next("jc", 3, Preset.TAH, tah, day, "admin", Instant.now(), "zurück")
                        .presetCode())
                .isEqualTo("TAH");
    }

    @Test
    void settingsThatDoNotFitTogetherAreRefusedNamingTheSetting() {
        PolicySettings ba = Preset.BA2010.settings();
        PolicySettings wrongCategory = new PolicySettings(
                new AccessRules(
                        3,
                        ba.access().countedKeyGroups(),
                        java.util.Set.of("D"),
                        null,
                        true,
                        null,
                        false,
                        false,
                        false,
                        false,
                        false),
                ba.exclusions(),
                ba.nonReferralRecheckMonths(),
                null,
                null,
                false,
                null,
                6,
                24,
                ba.maxDurationExtension(),
                false,
                null,
                null,
                null,
                ProfileScheme.BA_PROFILES,
                ba.closureReasons(),
                null,
                false,
                false,
                null);
        assertThatThrownBy(wrongCategory::validate)
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("settings.access.complexProfiles"));

        PolicySettings noMaximum = new PolicySettings(
                ba.access(),
                ba.exclusions(),
                6,
                null,
                null,
                false,
                null,
                6,
                null,
                ba.maxDurationExtension(),
                false,
                null,
                null,
                null,
                ba.profileScheme(),
                ba.closureReasons(),
                null,
                false,
                false,
                null);
        assertThatThrownBy(noMaximum::validate)
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("NO_MAX_DURATION"));

        PolicySettings negative = new PolicySettings(
                ba.access(),
                ba.exclusions(),
                -1,
                null,
                null,
                false,
                null,
                6,
                24,
                ba.maxDurationExtension(),
                false,
                null,
                null,
                null,
                ba.profileScheme(),
                List.of(new ClosureReason("OTHER", "Sonstiges", false, true, false, false)),
                null,
                false,
                false,
                null);
        assertThatThrownBy(negative::validate)
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("settings.nonReferralRecheckMonths"));
    }

    @Test
    void workingDayDeadlinesSkipWeekends() {
        // public holidays: JollydayHolidayCalendarTest (docs/domain.md §13)
        // Friday 2026-11-20 + 10 working days = Friday 2026-12-04
        assertThat(new DeadlineRule(10, DeadlineRule.DayCount.WORKING_DAYS).from(LocalDate.of(2026, 11, 20), WEEKDAYS))
                .isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(new DeadlineRule(14, DeadlineRule.DayCount.CALENDAR_DAYS).from(LocalDate.of(2026, 11, 20), WEEKDAYS))
                .isEqualTo(LocalDate.of(2026, 12, 4));
        // Saturday start: the first working day counted is Monday
        assertThat(new DeadlineRule(1, DeadlineRule.DayCount.WORKING_DAYS).from(LocalDate.of(2026, 11, 21), WEEKDAYS))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }
}
