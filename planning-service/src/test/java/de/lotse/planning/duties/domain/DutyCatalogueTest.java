package de.lotse.planning.duties.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/domain.md §14: the duties a demand can carry, and the rules of a demand and an offer. */
class DutyCatalogueTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /**
     * The catalogue is closed and reviewed: every duty is an effort towards work. If this list changes, the
     * change is read against § 15 Abs. 6 and § 31 Abs. 1 Nr. 1 SGB II — a consent can never be one.
     */
    @Test
    void theCatalogueIsExactlyTheReviewedEffortsTowardsWork() {
        assertThat(Duty.values())
                .containsExactly(
                        Duty.OWN_EFFORTS,
                        Duty.APPLY_FOR_JOB,
                        Duty.APPLICATION_DOCUMENTS,
                        Duty.TAKE_PART_IN_MEASURE,
                        Duty.PRESENT_TO_EMPLOYER);
    }

    @Test
    void aDemandIsNotDatedBeforeAdmissionOrInTheFutureAndIsDueAfterIt() {
        assertThatThrownBy(() -> demand(TODAY.plusDays(1), null)).hasMessageContaining("Zukunft");
        assertThatThrownBy(() -> demand(TODAY.minusYears(2), null)).hasMessageContaining("Aufnahme");
        assertThatThrownBy(() -> demand(TODAY.minusDays(5), TODAY.minusDays(6))).hasMessageContaining("Frist");
        assertThat(demand(TODAY.minusDays(5), TODAY.plusDays(20)).dueBy()).isEqualTo(TODAY.plusDays(20));
    }

    @Test
    void anOfferIsAnsweredOnceBetweenTheOfferAndToday() {
        Offer offer = Offer.record(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                Offer.Kind.JOB,
                "Lager",
                TODAY.minusDays(10),
                true,
                TODAY.minusYears(1),
                TODAY,
                "fm-1",
                Instant.EPOCH);
        assertThat(offer.refused()).isFalse();
        assertThatThrownBy(() -> offer.answer(Offer.Response.REFUSED, TODAY.minusDays(11), TODAY))
                .hasMessageContaining("zwischen");
        Offer refused = offer.answer(Offer.Response.NOT_TAKEN_UP, TODAY.minusDays(2), TODAY);
        assertThat(refused.refused()).isTrue();
        assertThatThrownBy(() -> refused.answer(Offer.Response.ACCEPTED, TODAY, TODAY))
                .hasMessageContaining("schon");
        assertThat(offer.answer(Offer.Response.ACCEPTED, TODAY, TODAY).refused())
                .isFalse();
    }

    private static DutyDemand demand(LocalDate demandedOn, LocalDate dueBy) {
        return DutyDemand.record(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                Duty.OWN_EFFORTS,
                "5 Bewerbungen",
                demandedOn,
                dueBy,
                true,
                TODAY.minusYears(1),
                TODAY,
                "fm-1",
                Instant.EPOCH);
    }
}
