package de.lotse.network.partnerapi.application;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.domain.Scope;
import de.lotse.network.partnerapi.application.PartnerApi.PartnerView;
import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.network.referrals.domain.Referral;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each item the partner reported about the customer is shown only within its consent scope. */
class PartnerViewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Referral ABORTED = new Referral(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "jc-1",
            UUID.randomUUID(),
            ServiceCode.ADDICTION_COUNSELLING,
            Referral.Status.ABORTED,
            "UE-ABCDEFGH",
            new Referral.CustomerContact("Erika Mustermann", "030 1234567", null),
            TODAY.plusDays(3),
            "MOVED_AWAY",
            TODAY.minusDays(10),
            TODAY.minusDays(1),
            "FURTHER_SERVICE_ADVISED",
            true,
            "fm-anna",
            NOW,
            NOW,
            4);

    private static Consent consent(Set<Scope> scopes) {
        return new Consent(
                UUID.randomUUID(),
                ABORTED.caseId(),
                "jc-1",
                ABORTED.partnerId(),
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

    @Test
    void withoutAnEffectiveConsentThePartnerSeesOnlyWhatItNeedsToWorkWithTheReferral() {
        PartnerView v = PartnerView.of(ABORTED, null, TODAY);
        assertThat(v.referenceCode()).isEqualTo("UE-ABCDEFGH");
        assertThat(v.service()).isEqualTo(ServiceCode.ADDICTION_COUNSELLING);
        assertThat(v.status()).isEqualTo(Referral.Status.ABORTED);
        assertThat(v.dueOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(v.consentEffective()).isFalse();
        assertThat(v.scopes()).isEmpty();
        assertThat(v)
                .extracting(
                        PartnerView::reasonCode,
                        PartnerView::startedOn,
                        PartnerView::endedOn,
                        PartnerView::nextStepCode,
                        PartnerView::attended,
                        PartnerView::customer)
                .containsOnlyNulls();
    }

    @Test
    void eachItemAppearsWithItsScopeOnly() {
        PartnerView attendance = PartnerView.of(ABORTED, consent(EnumSet.of(Scope.APPOINTMENT_ATTENDANCE)), TODAY);
        assertThat(attendance.attended()).isTrue();
        assertThat(attendance)
                .extracting(
                        PartnerView::reasonCode,
                        PartnerView::startedOn,
                        PartnerView::endedOn,
                        PartnerView::nextStepCode,
                        PartnerView::customer)
                .containsOnlyNulls();

        PartnerView dates = PartnerView.of(ABORTED, consent(EnumSet.of(Scope.PARTICIPATION_DATES)), TODAY);
        assertThat(dates.startedOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(dates.endedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(dates)
                .extracting(
                        PartnerView::reasonCode,
                        PartnerView::nextStepCode,
                        PartnerView::attended,
                        PartnerView::customer)
                .containsOnlyNulls();

        PartnerView outcome = PartnerView.of(ABORTED, consent(EnumSet.of(Scope.COMPLETION_OR_ABORT)), TODAY);
        assertThat(outcome.reasonCode()).isEqualTo("MOVED_AWAY");
        assertThat(outcome)
                .extracting(
                        PartnerView::startedOn,
                        PartnerView::endedOn,
                        PartnerView::nextStepCode,
                        PartnerView::attended,
                        PartnerView::customer)
                .containsOnlyNulls();

        PartnerView next = PartnerView.of(ABORTED, consent(EnumSet.of(Scope.NEXT_STEP_RECOMMENDATION)), TODAY);
        assertThat(next.nextStepCode()).isEqualTo("FURTHER_SERVICE_ADVISED");
        assertThat(next)
                .extracting(
                        PartnerView::reasonCode,
                        PartnerView::startedOn,
                        PartnerView::endedOn,
                        PartnerView::attended,
                        PartnerView::customer)
                .containsOnlyNulls();

        PartnerView contact = PartnerView.of(ABORTED, consent(EnumSet.of(Scope.CONTACT_DETAILS)), TODAY);
        assertThat(contact.customer().name()).isEqualTo("Erika Mustermann");
        assertThat(contact)
                .extracting(
                        PartnerView::reasonCode,
                        PartnerView::startedOn,
                        PartnerView::endedOn,
                        PartnerView::nextStepCode,
                        PartnerView::attended)
                .containsOnlyNulls();
        assertThat(contact.scopes()).containsExactly(Scope.CONTACT_DETAILS);
    }

    @Test
    void aConsentThatIsNotEffectiveOnTheDayReleasesNothing() {
        Consent all = consent(EnumSet.allOf(Scope.class));
        for (Consent ended :
                new Consent[] {all.end(Consent.Status.REVOKED, NOW), all.end(Consent.Status.EXPIRED, NOW)}) {
            PartnerView v = PartnerView.of(ABORTED, ended, TODAY);
            assertThat(v.consentEffective()).isFalse();
            assertThat(v.scopes()).isEmpty();
            assertThat(v)
                    .extracting(
                            PartnerView::reasonCode,
                            PartnerView::startedOn,
                            PartnerView::endedOn,
                            PartnerView::nextStepCode,
                            PartnerView::attended,
                            PartnerView::customer)
                    .containsOnlyNulls();
        }
        assertThat(PartnerView.of(ABORTED, all, TODAY.plusMonths(7)).consentEffective())
                .isFalse();
        assertThat(PartnerView.of(ABORTED, all, TODAY.plusMonths(7)).customer()).isNull();
    }
}
