package de.lotse.platform.kernel.contacts;

import de.lotse.platform.codes.ContactFormat;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contact density against the policy's rule (PANKOW, UCKERMARK), without any framework. */
class ContactDensityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate A_YEAR_AGO = TODAY.minusYears(1);

    /** PANKOW-like: at least 10 counted contacts a year, never more than 2 months apart. */
    private static final ContactRule PANKOW = new ContactRule(
            10,
            2,
            Map.of(),
            EnumSet.of(
                    ContactFormat.IN_PERSON,
                    ContactFormat.VISIT,
                    ContactFormat.VIDEO,
                    ContactFormat.WALK_AND_TALK,
                    ContactFormat.PHONE));
    /** UCKERMARK-like: by category, A monthly, B every 3 months, others every 6, none for X/Y/Z; no yearly minimum. */
    private static final ContactRule UCKERMARK = new ContactRule(
            null,
            6,
            Map.of("A", 1, "B", 3),
            EnumSet.of(ContactFormat.IN_PERSON, ContactFormat.VISIT, ContactFormat.VIDEO),
            java.util.Set.of("X", "Y", "Z"));

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** Ten contacts in the year since admission, but 10 weeks between 5 April and 14 June 2026. */
    private static final List<LocalDate> TEN_WITH_A_GAP = List.of(
            d(2025, 12, 20),
            d(2026, 1, 25),
            d(2026, 3, 1),
            d(2026, 4, 5),
            d(2026, 6, 14),
            d(2026, 7, 19),
            d(2026, 8, 23),
            d(2026, 9, 27),
            d(2026, 10, 25),
            d(2026, 11, 15));

    /** Monthly on the 10th, from December 2025 to November 2026: twelve contacts. */
    private static final List<LocalDate> MONTHLY = List.of(
            d(2025, 12, 10),
            d(2026, 1, 10),
            d(2026, 2, 10),
            d(2026, 3, 10),
            d(2026, 4, 10),
            d(2026, 5, 10),
            d(2026, 6, 10),
            d(2026, 7, 10),
            d(2026, 8, 10),
            d(2026, 9, 10),
            d(2026, 10, 10),
            d(2026, 11, 10));

    /** UCKERMARK 4.1.1 (docs/domain.md §18.8): X, Y and Z have a resubmission date, not a contact rule. */
    @Test
    void categoriesXYAndZHaveNoContactRuleWhileCWithTheSameGapIsNotCompliant() {
        List<LocalDate> once = List.of(d(2026, 1, 10));

        assertThat(ContactDensity.evaluate(UCKERMARK, A_YEAR_AGO, once, "Y", TODAY)
                        .status())
                .isEqualTo(ContactDensity.NOT_APPLICABLE);
        assertThat(ContactDensity.evaluate(UCKERMARK, A_YEAR_AGO, once, "Z", TODAY)
                        .nextContactDueOn())
                .isNull();
        assertThat(ContactDensity.evaluate(UCKERMARK, A_YEAR_AGO, once, "C", TODAY)
                        .status())
                .isEqualTo(ContactDensity.NOT_COMPLIANT);
    }

    @Test
    void tenContactsAYearWithATenWeekGapAreNotCompliant() {
        ContactDensity density = ContactDensity.evaluate(PANKOW, A_YEAR_AGO, TEN_WITH_A_GAP, "D", TODAY);

        assertThat(density.status()).isEqualTo(ContactDensity.NOT_COMPLIANT);
        assertThat(density.countedLastYear()).isEqualTo(10);
        assertThat(density.requiredSoFar()).isEqualTo(10);
        assertThat(density.gaps()).containsExactly(new ContactDensity.Gap(d(2026, 4, 5), d(2026, 6, 14), 70));
        assertThat(density.longestGapDays()).isEqualTo(70);
    }

    @Test
    void evenlySpacedContactsAreCompliantAndTheNextIsDueTwoMonthsAfterTheLast() {
        ContactDensity density = ContactDensity.evaluate(PANKOW, A_YEAR_AGO, MONTHLY, "D", TODAY);

        assertThat(density.status()).isEqualTo(ContactDensity.COMPLIANT);
        assertThat(density.gaps()).isEmpty();
        assertThat(density.countedLastYear()).isEqualTo(12);
        assertThat(density.requiredSoFar()).isEqualTo(10);
        assertThat(density.minPerYear()).isEqualTo(10);
        assertThat(density.maxGapMonths()).isEqualTo(2);
        assertThat(density.nextContactDueOn()).isEqualTo(d(2027, 1, 10));
        assertThat(density.overdue()).isFalse();
    }

    @Test
    void contactsInAnyOrderAndTwiceOnADayCountOnce() {
        List<LocalDate> shuffled = new ArrayList<>(MONTHLY);
        Collections.reverse(shuffled);
        shuffled.add(d(2026, 6, 10));

        ContactDensity density = ContactDensity.evaluate(PANKOW, A_YEAR_AGO, shuffled, "D", TODAY);
        assertThat(density.countedLastYear()).isEqualTo(12);
        assertThat(density.nextContactDueOn()).isEqualTo(d(2027, 1, 10));
    }

    @Test
    void contactsBeforeAdmissionOrAfterTodayDoNotCount() {
        List<LocalDate> withStrays = new ArrayList<>(MONTHLY);
        withStrays.add(A_YEAR_AGO.minusDays(1));
        withStrays.add(TODAY.plusDays(1));

        ContactDensity density = ContactDensity.evaluate(PANKOW, A_YEAR_AGO, withStrays, "D", TODAY);
        assertThat(density.countedLastYear()).isEqualTo(12);
        assertThat(density.nextContactDueOn()).isEqualTo(d(2027, 1, 10));
    }

    @Test
    void tooFewContactsAYearAreNotCompliantEvenWithoutAGap() {
        // eight contacts, none more than 2 months apart
        List<LocalDate> eight = List.of(
                d(2026, 1, 10),
                d(2026, 2, 25),
                d(2026, 4, 10),
                d(2026, 5, 25),
                d(2026, 7, 10),
                d(2026, 8, 25),
                d(2026, 10, 10),
                d(2026, 11, 20));

        ContactDensity density = ContactDensity.evaluate(PANKOW, A_YEAR_AGO, eight, "D", TODAY);
        assertThat(density.status()).isEqualTo(ContactDensity.NOT_COMPLIANT);
        assertThat(density.gaps()).isEmpty();
        assertThat(density.countedLastYear()).isEqualTo(8);
        assertThat(density.requiredSoFar()).isEqualTo(10);
    }

    @Test
    void onlyTheLastTwelveMonthsCountTowardTheYearlyMinimum() {
        // admitted two years ago: the contacts of the first year do not count for this year
        List<LocalDate> contacts = new ArrayList<>(
                MONTHLY.subList(0, 9).stream().map(x -> x.minusYears(1)).toList());
        contacts.addAll(MONTHLY);

        ContactDensity density = ContactDensity.evaluate(PANKOW, TODAY.minusYears(2), contacts, "D", TODAY);
        assertThat(density.countedLastYear()).isEqualTo(12);
        assertThat(density.requiredSoFar()).isEqualTo(10);
    }

    @Test
    void theYearlyMinimumIsProratedForAYoungCase() {
        // admitted 92 days ago: floor(10 × 92 / 365) = 2 contacts; one contact without a gap is too few
        LocalDate admitted = d(2026, 8, 23);

        ContactDensity density = ContactDensity.evaluate(PANKOW, admitted, List.of(d(2026, 10, 15)), null, TODAY);
        assertThat(density.requiredSoFar()).isEqualTo(2);
        assertThat(density.countedLastYear()).isEqualTo(1);
        assertThat(density.gaps()).isEmpty();
        assertThat(density.status()).isEqualTo(ContactDensity.NOT_COMPLIANT);
    }

    @Test
    void aYoungCaseMeetingTheProratedMinimumIsCompliant() {
        LocalDate admitted = d(2026, 8, 23);
        List<LocalDate> two = List.of(d(2026, 9, 15), d(2026, 10, 20));

        ContactDensity density = ContactDensity.evaluate(PANKOW, admitted, two, null, TODAY);
        assertThat(density.requiredSoFar()).isEqualTo(2);
        assertThat(density.status()).isEqualTo(ContactDensity.COMPLIANT);
    }

    @Test
    void aContactIsRequiredOnlyOnceItsShareOfTheYearHasPassed() {
        // admitted yesterday: no gap, and 10 × 1 / 365 rounds down to no contact required yet
        ContactDensity density = ContactDensity.evaluate(PANKOW, TODAY.minusDays(1), List.of(), null, TODAY);
        assertThat(density.requiredSoFar()).isZero();
        assertThat(density.status()).isEqualTo(ContactDensity.COMPLIANT);
    }

    @Test
    void aGapLongerAgoThanTwelveMonthsNoLongerCounts() {
        // admitted three years ago, a five-month gap in the first year, monthly contacts since
        LocalDate admitted = TODAY.minusYears(3);
        List<LocalDate> contacts = new ArrayList<>();
        for (LocalDate day = admitted.plusMonths(5); !day.isAfter(TODAY); day = day.plusMonths(1)) {
            contacts.add(day);
        }
        ContactDensity density = ContactDensity.evaluate(PANKOW, admitted, contacts, null, TODAY);
        assertThat(density.gaps()).isEmpty();
        assertThat(density.longestGapDays()).isGreaterThan(140);
        assertThat(density.status()).isEqualTo(ContactDensity.COMPLIANT);
    }

    @Test
    void aCaseAdmittedTodayRequiresNoContactYet() {
        ContactDensity density = ContactDensity.evaluate(PANKOW, TODAY, List.of(), null, TODAY);

        assertThat(density.requiredSoFar()).isZero();
        assertThat(density.status()).isEqualTo(ContactDensity.COMPLIANT);
        assertThat(density.nextContactDueOn()).isEqualTo(TODAY.plusMonths(2));
    }

    @Test
    void withoutContactTheGapRunsFromTheAdmission() {
        LocalDate admitted = d(2026, 9, 1);

        ContactDensity density = ContactDensity.evaluate(PANKOW, admitted, List.of(), null, TODAY);
        assertThat(density.nextContactDueOn()).isEqualTo(d(2026, 11, 1));
        assertThat(density.gaps()).containsExactly(new ContactDensity.Gap(admitted, TODAY, 83));
    }

    @Test
    void aPassedDueDayIsOverdueAndTheOpenGapRunsToToday() {
        List<LocalDate> lastInSeptember =
                List.of(d(2025, 12, 10), d(2026, 2, 1), d(2026, 3, 25), d(2026, 5, 15), d(2026, 7, 10), d(2026, 9, 1));

        ContactDensity density = ContactDensity.evaluate(PANKOW, A_YEAR_AGO, lastInSeptember, "D", TODAY);
        assertThat(density.nextContactDueOn()).isEqualTo(d(2026, 11, 1));
        assertThat(density.overdue()).isTrue();
        assertThat(density.gaps()).containsExactly(new ContactDensity.Gap(d(2026, 9, 1), TODAY, 83));
        assertThat(density.status()).isEqualTo(ContactDensity.NOT_COMPLIANT);
    }

    @Test
    void dueTodayIsNotYetOverdue() {
        List<LocalDate> contacts = List.of(d(2026, 9, 23));

        ContactDensity density = ContactDensity.evaluate(PANKOW, d(2026, 9, 1), contacts, null, TODAY);
        assertThat(density.nextContactDueOn()).isEqualTo(TODAY);
        assertThat(density.overdue()).isFalse();
        assertThat(density.gaps()).isEmpty();
    }

    /** Category A: monthly, with six weeks between 15 July and 26 August. */
    private static final List<LocalDate> MONTHLY_BUT_SIX_WEEKS =
            List.of(d(2026, 6, 20), d(2026, 7, 15), d(2026, 8, 26), d(2026, 9, 20), d(2026, 10, 18), d(2026, 11, 15));

    @Test
    void categoryAWithASixWeekGapIsNotCompliant() {
        ContactDensity density = ContactDensity.evaluate(UCKERMARK, d(2026, 6, 1), MONTHLY_BUT_SIX_WEEKS, "A", TODAY);

        assertThat(density.maxGapMonths()).isEqualTo(1);
        assertThat(density.status()).isEqualTo(ContactDensity.NOT_COMPLIANT);
        assertThat(density.gaps()).containsExactly(new ContactDensity.Gap(d(2026, 7, 15), d(2026, 8, 26), 42));
        assertThat(density.nextContactDueOn()).isEqualTo(d(2026, 12, 15));
    }

    @Test
    void categoryCWithTheSameContactsIsCompliant() {
        ContactDensity density = ContactDensity.evaluate(UCKERMARK, d(2026, 6, 1), MONTHLY_BUT_SIX_WEEKS, "C", TODAY);

        assertThat(density.maxGapMonths()).isEqualTo(6);
        assertThat(density.minPerYear()).isNull();
        assertThat(density.requiredSoFar()).isZero();
        assertThat(density.status()).isEqualTo(ContactDensity.COMPLIANT);
        assertThat(density.nextContactDueOn()).isEqualTo(d(2027, 5, 15));
    }

    @Test
    void categoryBAllowsThreeMonths() {
        List<LocalDate> quarterly = List.of(d(2026, 8, 20), d(2026, 11, 15));

        ContactDensity density = ContactDensity.evaluate(UCKERMARK, d(2026, 6, 1), quarterly, "B", TODAY);
        assertThat(density.maxGapMonths()).isEqualTo(3);
        assertThat(density.status()).isEqualTo(ContactDensity.COMPLIANT);
    }

    @Test
    void withoutACategoryTheRulesGeneralGapApplies() {
        ContactDensity density = ContactDensity.evaluate(UCKERMARK, d(2026, 6, 1), MONTHLY_BUT_SIX_WEEKS, null, TODAY);

        assertThat(density.maxGapMonths()).isEqualTo(6);
    }

    @Test
    void withoutARuleTheDensityIsNotApplicable() {
        ContactDensity density = ContactDensity.evaluate(null, A_YEAR_AGO, List.of(d(2026, 1, 10)), "D", TODAY);

        assertThat(density.status()).isEqualTo(ContactDensity.NOT_APPLICABLE);
        assertThat(density.maxGapMonths()).isNull();
        assertThat(density.minPerYear()).isNull();
        assertThat(density.gaps()).isEmpty();
        assertThat(density.nextContactDueOn()).isNull();
        assertThat(density.overdue()).isFalse();
    }

    @Test
    void withoutARuleCountedLastYearStillCountsOnlyTheLastTwelveMonths() {
        // a contact counted under an earlier policy, 18 months ago; the record documents
        // countedLastYear as "counted contacts in the last 12 months"
        List<LocalDate> contacts = List.of(TODAY.minusMonths(18), d(2026, 10, 1));

        ContactDensity density = ContactDensity.evaluate(null, TODAY.minusYears(2), contacts, "D", TODAY);
        assertThat(density.countedLastYear()).isEqualTo(1);
    }
}
