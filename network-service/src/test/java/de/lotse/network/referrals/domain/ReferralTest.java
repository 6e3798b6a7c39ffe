package de.lotse.network.referrals.domain;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.domain.Scope;
import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.network.referrals.domain.Referral.Status;
import de.lotse.network.referrals.domain.Referral.Update;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The referral's state machine as the partner drives it, and what each report needs of the consent. */
class ReferralTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Consent ALL = consent(EnumSet.allOf(Scope.class));

    private static Consent consent(Set<Scope> scopes) {
        return new Consent(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                UUID.randomUUID(),
                UUID.randomUUID(),
                Consent.Status.GIVEN,
                scopes,
                "SUCHTBERATUNG",
                TODAY.minusMonths(1),
                TODAY.plusMonths(6),
                Consent.Channel.WRITTEN,
                "Akte 4711",
                null,
                "fm-anna",
                NOW,
                null);
    }

    private static Referral in(Status status, LocalDate startedOn) {
        return new Referral(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                UUID.randomUUID(),
                ServiceCode.ADDICTION_COUNSELLING,
                status,
                "UE-ABCDEFGH",
                null,
                null,
                null,
                startedOn,
                null,
                null,
                null,
                "fm-anna",
                NOW.minusSeconds(86_400),
                NOW.minusSeconds(86_400),
                3);
    }

    private static Update status(Status status) {
        return new Update(status, null, null, null, null, null);
    }

    private static String broken(Runnable action) {
        RuleViolation e = catchThrowableOfType(RuleViolation.class, action::run);
        assertThat(e).as("a rule violation").isNotNull();
        return e.rule() + "@" + e.field();
    }

    private static String conflict(Runnable action) {
        StateConflict e = catchThrowableOfType(StateConflict.class, action::run);
        assertThat(e).as("a state conflict").isNotNull();
        return e.rule();
    }

    @Test
    void aReferralRunsFromRequestedThroughStartedToCompleted() {
        Referral accepted = in(Status.REQUESTED, null).report(status(Status.ACCEPTED), ALL, TODAY, NOW);
        assertThat(accepted.status()).isEqualTo(Status.ACCEPTED);
        Referral started = accepted.report(status(Status.STARTED), ALL, TODAY, NOW);
        assertThat(started.status()).isEqualTo(Status.STARTED);
        assertThat(started.startedOn()).isEqualTo(TODAY);
        Referral completed = started.report(
                new Update(Status.COMPLETED, null, null, null, "NO_FURTHER_NEED", null), ALL, TODAY, NOW);
        assertThat(completed.status()).isEqualTo(Status.COMPLETED);
        assertThat(completed.endedOn()).isEqualTo(TODAY);
        assertThat(completed.nextStepCode()).isEqualTo("NO_FURTHER_NEED");
        assertThat(completed.reasonCode()).isNull();
        assertThat(conflict(() -> completed.report(status(Status.STARTED), ALL, TODAY, NOW)))
                .isEqualTo("REFERRAL_CLOSED");
    }

    @Test
    void onlyTheNextStepsOfTheStateMachineAreAllowed() {
        assertThat(conflict(() -> in(Status.REQUESTED, null).report(status(Status.STARTED), ALL, TODAY, NOW)))
                .isEqualTo("STATUS_TRANSITION");
        assertThat(conflict(() -> in(Status.ACCEPTED, null)
                        .report(new Update(Status.REJECTED, "NO_CAPACITY", null, null, null, null), ALL, TODAY, NOW)))
                .isEqualTo("STATUS_TRANSITION");
        assertThat(conflict(() -> in(Status.ACCEPTED, null).report(status(Status.COMPLETED), ALL, TODAY, NOW)))
                .isEqualTo("STATUS_TRANSITION");
    }

    @Test
    void aPartnerNeverSetsTheJobcentersStatusesNorTheStart() {
        for (Status jobcenters : EnumSet.of(Status.REQUESTED, Status.REVOKED, Status.ENDED_BY_CLOSURE)) {
            assertThat(broken(() -> in(Status.REQUESTED, null).report(status(jobcenters), ALL, TODAY, NOW)))
                    .isEqualTo("NOT_A_PARTNER_STATUS@status");
            assertThat(broken(() -> in(Status.STARTED, TODAY).report(status(jobcenters), ALL, TODAY, NOW)))
                    .isEqualTo("NOT_A_PARTNER_STATUS@status");
        }
    }

    @Test
    void aReasonIsACatalogueCodeOfARejectionOrAnAbortOnly() {
        Referral rejected = in(Status.REQUESTED, null)
                .report(new Update(Status.REJECTED, "NO_CAPACITY", null, null, null, null), null, TODAY, NOW);
        assertThat(rejected.status()).isEqualTo(Status.REJECTED);
        assertThat(rejected.reasonCode()).isEqualTo("NO_CAPACITY");
        assertThat(broken(() -> in(Status.REQUESTED, null).report(status(Status.REJECTED), null, TODAY, NOW)))
                .isEqualTo("CODED_REASON@reasonCode");
        assertThat(broken(() -> in(Status.REQUESTED, null)
                        .report(new Update(Status.REJECTED, "MOVED_AWAY", null, null, null, null), null, TODAY, NOW)))
                .isEqualTo("CODED_REASON@reasonCode");
        assertThat(broken(() -> in(Status.REQUESTED, null)
                        .report(new Update(Status.ACCEPTED, "NO_CAPACITY", null, null, null, null), ALL, TODAY, NOW)))
                .isEqualTo("ONLY_WITH_REJECTION_OR_ABORT@reasonCode");
        assertThat(broken(() -> in(Status.STARTED, TODAY)
                        .report(new Update(null, "KLIENT_RUECKFALL", null, null, null, null), ALL, TODAY, NOW)))
                .isEqualTo("ONLY_WITH_REJECTION_OR_ABORT@reasonCode");
        assertThat(broken(() -> in(Status.STARTED, TODAY)
                        .report(
                                new Update(Status.COMPLETED, "CUSTOMER_ENDED", null, null, null, null),
                                ALL,
                                TODAY,
                                NOW)))
                .isEqualTo("ONLY_WITH_REJECTION_OR_ABORT@reasonCode");

        Referral aborted = in(Status.STARTED, TODAY.minusDays(10))
                .report(
                        new Update(Status.ABORTED, "MOVED_AWAY", null, TODAY.minusDays(2), null, null),
                        ALL,
                        TODAY,
                        NOW);
        assertThat(aborted.reasonCode()).isEqualTo("MOVED_AWAY");
        assertThat(aborted.endedOn()).isEqualTo(TODAY.minusDays(2));
    }

    @Test
    void anEndDateBelongsToACompletionOrAbortBetweenTheStartAndToday() {
        Referral started = in(Status.STARTED, TODAY.minusDays(10));
        assertThat(broken(() ->
                        started.report(new Update(null, null, null, TODAY.minusDays(1), null, null), ALL, TODAY, NOW)))
                .isEqualTo("ONLY_WHEN_ENDED@endedOn");
        assertThat(broken(() -> in(Status.ACCEPTED, null)
                        .report(new Update(Status.STARTED, null, null, TODAY, null, null), ALL, TODAY, NOW)))
                .isEqualTo("ONLY_WHEN_ENDED@endedOn");
        assertThat(broken(() -> started.report(
                        new Update(Status.COMPLETED, null, null, TODAY.plusDays(1), null, null), ALL, TODAY, NOW)))
                .isEqualTo("IN_FUTURE@endedOn");
        assertThat(broken(() -> started.report(
                        new Update(Status.COMPLETED, null, null, TODAY.minusDays(11), null, null), ALL, TODAY, NOW)))
                .isEqualTo("BEFORE_START@endedOn");
        assertThat(started.report(
                                new Update(Status.COMPLETED, null, null, TODAY.minusDays(10), null, null),
                                ALL,
                                TODAY,
                                NOW)
                        .endedOn())
                .isEqualTo(TODAY.minusDays(10));
    }

    @Test
    void eachItemAboutTheCustomerNeedsItsScope() {
        Consent attendanceOnly = consent(EnumSet.of(Scope.APPOINTMENT_ATTENDANCE, Scope.COMPLETION_OR_ABORT));
        Referral started = in(Status.STARTED, TODAY.minusDays(10));
        assertThat(broken(() -> in(Status.ACCEPTED, null).report(status(Status.STARTED), attendanceOnly, TODAY, NOW)))
                .isEqualTo("OUT_OF_CONSENT_SCOPE@startedOn");
        assertThat(broken(() -> started.report(
                        new Update(Status.COMPLETED, null, null, TODAY, null, null), attendanceOnly, TODAY, NOW)))
                .isEqualTo("OUT_OF_CONSENT_SCOPE@endedOn");
        assertThat(broken(() -> started.report(
                        status(Status.COMPLETED), consent(EnumSet.of(Scope.PARTICIPATION_DATES)), TODAY, NOW)))
                .isEqualTo("OUT_OF_CONSENT_SCOPE@status");
        assertThat(broken(() -> started.report(
                        new Update(null, null, null, null, "NO_FURTHER_NEED", null), attendanceOnly, TODAY, NOW)))
                .isEqualTo("OUT_OF_CONSENT_SCOPE@nextStepCode");
        assertThat(broken(() -> started.report(new Update(null, null, null, null, null, true), null, TODAY, NOW)))
                .isEqualTo("OUT_OF_CONSENT_SCOPE@attended");

        // the completion is within the consent, its date is not: only the completion is recorded
        Referral completed = started.report(status(Status.COMPLETED), attendanceOnly, TODAY, NOW);
        assertThat(completed.status()).isEqualTo(Status.COMPLETED);
        assertThat(completed.endedOn()).isNull();
    }

    @Test
    void theJobcenterEndsAnOpenReferralOnly() {
        Referral revoked = in(Status.ACCEPTED, null).end(Status.REVOKED, NOW);
        assertThat(revoked.status()).isEqualTo(Status.REVOKED);
        assertThat(conflict(() -> revoked.end(Status.ENDED_BY_CLOSURE, NOW))).isEqualTo("REFERRAL_CLOSED");
        assertThat(conflict(() -> revoked.report(status(Status.STARTED), ALL, TODAY, NOW)))
                .isEqualTo("REFERRAL_CLOSED");
    }
}
