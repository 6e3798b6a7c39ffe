package de.lotse.network.consents.domain;

import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ConsentForm FORM = ConsentForm.create(
            UUID.randomUUID(),
            "jc-1",
            "SPE_BERATUNG",
            1,
            "Wortlaut",
            EnumSet.of(Scope.APPOINTMENT_ATTENDANCE, Scope.PARTICIPATION_DATES, Scope.COMPLETION_OR_ABORT),
            Set.of("SUCHTBERATUNG"),
            NOW);

    private static Consent give(Set<Scope> scopes, LocalDate until, String proof) {
        return Consent.give(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                UUID.randomUUID(),
                FORM,
                scopes,
                "SUCHTBERATUNG",
                TODAY,
                until,
                Consent.Channel.WRITTEN,
                proof,
                null,
                "fm-anna",
                TODAY,
                NOW);
    }

    private static RuleViolation violation(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            return e;
        }
        throw new AssertionError("no rule violation");
    }

    @Test
    void aConsentCoversItsScopesWithinItsValidityOnly() {
        Consent c = give(EnumSet.of(Scope.APPOINTMENT_ATTENDANCE), TODAY.plusMonths(6), "Akte 4711");
        assertThat(c.covers(Scope.APPOINTMENT_ATTENDANCE, TODAY)).isTrue();
        assertThat(c.covers(Scope.COMPLETION_OR_ABORT, TODAY)).isFalse();
        assertThat(c.covers(Scope.APPOINTMENT_ATTENDANCE, TODAY.plusMonths(6).plusDays(1)))
                .isFalse();
        assertThat(c.covers(Scope.APPOINTMENT_ATTENDANCE, TODAY.minusDays(1))).isFalse();
    }

    @Test
    void aConsentIsASubsetOfItsForm() {
        assertThat(violation(() -> give(EnumSet.of(Scope.NEXT_STEP_RECOMMENDATION), TODAY.plusMonths(6), "Akte"))
                        .broken())
                .extracting(RuleViolation.Broken::rule)
                .containsExactly("BEYOND_FORM");
        assertThat(violation(() -> give(Set.of(), TODAY.plusMonths(6), "Akte")).broken())
                .extracting(RuleViolation.Broken::rule)
                .containsExactly("REQUIRED");
    }

    @Test
    void aConsentNeedsProofAndABoundedValidity() {
        assertThat(violation(() -> give(EnumSet.of(Scope.APPOINTMENT_ATTENDANCE), TODAY.plusMonths(25), " "))
                        .broken())
                .extracting(b -> b.rule() + "@" + b.field())
                .containsExactlyInAnyOrder("VALIDITY@validUntil", "PROOF_REQUIRED@documentRef");
    }

    @Test
    void aRevokedConsentCoversNothingAndCannotEndTwice() {
        Consent revoked = give(EnumSet.of(Scope.APPOINTMENT_ATTENDANCE), TODAY.plusMonths(6), "Akte")
                .end(Consent.Status.REVOKED, NOW);
        assertThat(revoked.effectiveOn(TODAY)).isFalse();
        assertThatThrownBy(() -> revoked.end(Consent.Status.REVOKED, NOW)).isInstanceOf(StateConflict.class);
    }

    @Test
    void aLimitationKeepsAStrictSubset() {
        Consent c =
                give(EnumSet.of(Scope.APPOINTMENT_ATTENDANCE, Scope.PARTICIPATION_DATES), TODAY.plusMonths(6), "Akte");
        c.requireLimitation(EnumSet.of(Scope.PARTICIPATION_DATES));
        assertThat(violation(() -> c.requireLimitation(
                                EnumSet.of(Scope.APPOINTMENT_ATTENDANCE, Scope.PARTICIPATION_DATES)))
                        .broken())
                .extracting(RuleViolation.Broken::rule)
                .containsExactly("NOT_A_LIMITATION");
        assertThat(violation(() -> c.requireLimitation(EnumSet.of(Scope.COMPLETION_OR_ABORT)))
                        .broken())
                .extracting(RuleViolation.Broken::rule)
                .containsExactly("NOT_A_LIMITATION");
    }

    @Test
    void aRefusalReleasesNothing() {
        Consent refusal = Consent.refuse(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                UUID.randomUUID(),
                FORM,
                Consent.Channel.WRITTEN,
                "fm-anna",
                TODAY,
                NOW);
        assertThat(refusal.status()).isEqualTo(Consent.Status.REFUSED);
        assertThat(refusal.effectiveOn(TODAY)).isFalse();
        assertThat(refusal.scopes()).isEmpty();
    }
}
