package de.lotse.planning.contacts.domain;

import de.lotse.planning.casefacts.domain.PlanningPolicy;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.kernel.contacts.ContactRule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording a contact and whether it counts toward the contact density (PANKOW 6), without any framework. */
class ContactTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW =
            TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    private static final LocalDate ADMITTED = TODAY.minusMonths(4);

    /** PANKOW-like: 10 a year, never more than 2 months apart; a phone call with a qualified note counts. */
    private static final PlanningPolicy PANKOW = new PlanningPolicy(
            7,
            null,
            new ContactRule(
                    10,
                    2,
                    Map.of(),
                    EnumSet.of(
                            ContactFormat.IN_PERSON,
                            ContactFormat.VISIT,
                            ContactFormat.VIDEO,
                            ContactFormat.WALK_AND_TALK,
                            ContactFormat.PHONE)),
            6,
            "TEAM_LEAD_APPROVAL",
            false,
            false);

    private static Contact record(
            ContactFormat format, LocalDate on, boolean qualifiedNote, LocalDate next, PlanningPolicy policy) {
        return Contact.record(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                format,
                on,
                qualifiedNote,
                next,
                ADMITTED,
                null,
                policy,
                "fm-1",
                TODAY,
                NOW);
    }

    private static void assertRule(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class).satisfies(e -> {
            assertThat(((RuleViolation) e).rule()).isEqualTo(rule);
            assertThat(((RuleViolation) e).field()).isEqualTo(field);
        });
    }

    @Test
    void aPersonalConsultationCountsUnderAContactRule() {
        Contact c = record(ContactFormat.IN_PERSON, TODAY, false, TODAY.plusWeeks(4), PANKOW);

        assertThat(c.countsForDensity()).isTrue();
        assertThat(c.policyVersion()).isEqualTo(7);
        assertThat(c.nextAppointmentOn()).isEqualTo(TODAY.plusWeeks(4));
    }

    @Test
    void aPhoneCallCountsOnlyWithAQualifiedNote() {
        assertThat(record(ContactFormat.PHONE, TODAY, true, null, PANKOW).countsForDensity())
                .isTrue();
        assertThat(record(ContactFormat.PHONE, TODAY, false, null, PANKOW).countsForDensity())
                .isFalse();
    }

    @Test
    void aFormatThePolicyDoesNotCountDoesNotCount() {
        assertThat(record(ContactFormat.CASE_CONFERENCE, TODAY, true, null, PANKOW)
                        .countsForDensity())
                .isFalse();
        assertThat(record(ContactFormat.NETWORK, TODAY, true, null, PANKOW).countsForDensity())
                .isFalse();
    }

    @Test
    void aPhoneCallDoesNotCountWhenThePolicyDoesNotCountPhoneCalls() {
        PlanningPolicy noPhone = new PlanningPolicy(
                8, null, new ContactRule(12, 1, Map.of(), EnumSet.of(ContactFormat.IN_PERSON)), 6, "NONE", true, true);

        assertThat(record(ContactFormat.PHONE, TODAY, true, null, noPhone).countsForDensity())
                .isFalse();
    }

    @Test
    void withoutAContactRuleNoContactCounts() {
        for (ContactFormat format : ContactFormat.values()) {
            assertThat(record(format, TODAY, true, null, PlanningPolicy.BA_MINIMUM)
                            .countsForDensity())
                    .as(format.name())
                    .isFalse();
        }
    }

    @Test
    void aContactLiesBetweenAdmissionAndToday() {
        assertRule(
                () -> record(ContactFormat.IN_PERSON, ADMITTED.minusDays(1), false, null, PANKOW),
                "OUTSIDE_CASE_AND_TODAY",
                "occurredOn");
        assertRule(
                () -> record(ContactFormat.IN_PERSON, TODAY.plusDays(1), false, null, PANKOW),
                "OUTSIDE_CASE_AND_TODAY",
                "occurredOn");
    }

    @Test
    void contactsOnTheDayOfAdmissionAndTodayAreRecorded() {
        assertThat(record(ContactFormat.VISIT, ADMITTED, false, null, PANKOW).occurredOn())
                .isEqualTo(ADMITTED);
        assertThat(record(ContactFormat.VISIT, TODAY, false, null, PANKOW).occurredOn())
                .isEqualTo(TODAY);
    }

    @Test
    void theNextAppointmentIsNotBeforeTheContact() {
        assertRule(
                () -> record(ContactFormat.IN_PERSON, TODAY.minusDays(3), false, TODAY.minusDays(4), PANKOW),
                "BEFORE_CONTACT",
                "nextAppointmentOn");
    }

    /** docs/domain.md §16.1: a contact in the after-care period follows the closure and never counts. */
    @Test
    void anAfterCareContactFollowsTheClosureAndDoesNotCount() {
        LocalDate closedOn = TODAY.minusDays(10);
        Contact afterCare = Contact.record(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                ContactFormat.IN_PERSON,
                TODAY.minusDays(2),
                false,
                null,
                ADMITTED,
                closedOn,
                PANKOW,
                "fm-1",
                TODAY,
                NOW);
        assertThat(afterCare.afterCare()).isTrue();
        assertThat(afterCare.countsForDensity()).isFalse();
        assertRule(
                () -> Contact.record(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "jc-1",
                        ContactFormat.IN_PERSON,
                        closedOn,
                        false,
                        null,
                        ADMITTED,
                        closedOn,
                        PANKOW,
                        "fm-1",
                        TODAY,
                        NOW),
                "AFTER_CARE_AFTER_CLOSURE",
                "occurredOn");
    }
}
