package de.lotse.planning.sustainability.domain;

import de.lotse.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** docs/domain.md §16.2 (TAH 6, issue 16): the rules of a sustainability check after a closure into work. */
class SustainabilityCheckTest {
    private static final LocalDate CLOSED = LocalDate.of(2025, 8, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final SustainabilityCheck.Closure INTO_WORK =
            new SustainabilityCheck.Closure(CLOSED, true, CLOSED.plusMonths(6));

    @Test
    void aSustainedIntegrationLastedWithAtLeast15HoursAWeek_TAH_6() {
        assertThat(check(Checkpoint.MONTHS_6, CLOSED.plusMonths(6), true, true, Source.BENEFIT_RECORDS, INTO_WORK)
                        .sustained())
                .isTrue();
        assertThat(check(Checkpoint.MONTHS_6, CLOSED.plusMonths(6), true, false, Source.BENEFIT_RECORDS, INTO_WORK)
                        .sustained())
                .as("under 15 hours")
                .isFalse();
        SustainabilityCheck ended = check(
                Checkpoint.MONTHS_12, CLOSED.plusMonths(12), false, false, Source.EMPLOYER_CONFIRMATION, INTO_WORK);
        assertThat(ended.sustained()).isFalse();
        assertThat(ended.atLeast15Hours()).as("no hours without an employment").isNull();
    }

    @Test
    void onlyAfterAClosureIntoWork() {
        assertThat(rule(() -> check(
                        Checkpoint.MONTHS_6,
                        CLOSED.plusMonths(6),
                        true,
                        true,
                        Source.BENEFIT_RECORDS,
                        new SustainabilityCheck.Closure(CLOSED, false, null))))
                .isEqualTo("NO_INTEGRATION@null");
    }

    @Test
    void notBeforeTheCheckpointNorInTheFuture() {
        // 31 August + 6 months is 28 February (end of month), not 3 March
        assertThat(rule(() -> check(
                        Checkpoint.MONTHS_6, LocalDate.of(2026, 2, 27), true, true, Source.BENEFIT_RECORDS, INTO_WORK)))
                .isEqualTo("NOT_DUE_YET@checkedOn");
        assertThat(check(Checkpoint.MONTHS_6, LocalDate.of(2026, 2, 28), true, true, Source.BENEFIT_RECORDS, INTO_WORK)
                        .checkedOn())
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(rule(() -> check(
                        Checkpoint.MONTHS_12,
                        CLOSED.plusMonths(12).minusDays(1),
                        true,
                        true,
                        Source.BENEFIT_RECORDS,
                        INTO_WORK)))
                .isEqualTo("NOT_DUE_YET@checkedOn");
        assertThat(rule(() ->
                        check(Checkpoint.MONTHS_12, TODAY.plusDays(1), true, true, Source.BENEFIT_RECORDS, INTO_WORK)))
                .isEqualTo("IN_FUTURE@checkedOn");
    }

    @Test
    void theHoursAreGivenExactlyWhenTheEmploymentLasted() {
        assertThat(rule(() -> check(
                        Checkpoint.MONTHS_6, CLOSED.plusMonths(7), true, null, Source.BENEFIT_RECORDS, INTO_WORK)))
                .isEqualTo("REQUIRED@atLeast15Hours");
        assertThat(rule(() -> check(
                        Checkpoint.MONTHS_6, CLOSED.plusMonths(7), false, true, Source.BENEFIT_RECORDS, INTO_WORK)))
                .isEqualTo("NO_EMPLOYMENT@atLeast15Hours");
        assertThat(check(Checkpoint.MONTHS_6, CLOSED.plusMonths(7), false, null, Source.CUSTOMER_NOTICE, INTO_WORK)
                        .employmentLasted())
                .isFalse();
    }

    /** The Jobcenter does not contact a former customer for the check: a contact is a source only in after-care. */
    @Test
    void anAfterCareContactIsASourceOnlyWithinTheAfterCarePeriod() {
        assertThat(check(Checkpoint.MONTHS_6, CLOSED.plusMonths(6), true, true, Source.AFTER_CARE_CONTACT, INTO_WORK)
                        .source())
                .isEqualTo(Source.AFTER_CARE_CONTACT);
        assertThat(rule(() -> check(
                        Checkpoint.MONTHS_6,
                        CLOSED.plusMonths(6).plusDays(1),
                        true,
                        true,
                        Source.AFTER_CARE_CONTACT,
                        INTO_WORK)))
                .isEqualTo("NO_CONTACT_OUTSIDE_AFTER_CARE@source");
        assertThat(rule(() -> check(
                        Checkpoint.MONTHS_6,
                        CLOSED.plusMonths(6),
                        true,
                        true,
                        Source.AFTER_CARE_CONTACT,
                        new SustainabilityCheck.Closure(CLOSED, true, null))))
                .isEqualTo("NO_CONTACT_OUTSIDE_AFTER_CARE@source");
    }

    private static SustainabilityCheck check(
            Checkpoint checkpoint,
            LocalDate checkedOn,
            boolean lasted,
            Boolean hours,
            Source source,
            SustainabilityCheck.Closure closure) {
        return SustainabilityCheck.record(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                checkpoint,
                checkedOn,
                lasted,
                hours,
                source,
                " ",
                closure,
                TODAY,
                "fm-1",
                Instant.EPOCH);
    }

    private static String rule(Runnable r) {
        RuleViolation v = catchThrowableOfType(RuleViolation.class, r::run);
        assertThat(v).as("refused").isNotNull();
        return v.rule() + "@" + v.field();
    }
}
