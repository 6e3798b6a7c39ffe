package de.lotse.planning.reductions.domain;

import java.util.UUID;

/**
 * The record a benefit-reduction check cites as the breach (docs/domain.md §14). There is no kind for
 * free text, a plan step or anything about a consent: what may ground a reduction is fixed here.
 *
 * @param id   the cited record of the same case
 */
public record Ground(Kind kind, UUID id) {

    public enum Kind {
        /** a duty demanded in writing (Aufforderung) was not fulfilled: § 31 Abs. 1 Nr. 1 SGB II */
        DUTY_DEMAND,
        /**
         * a job or training offer was refused or not taken up (§ 31 Abs. 1 Nr. 2 SGB II), or a measure offer
         * (Nr. 3: "nicht antreten")
         */
        OFFER,
        /** a measure was aborted by the customer: § 31 Abs. 1 Nr. 3 SGB II */
        MEASURE
    }
}
