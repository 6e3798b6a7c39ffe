package de.lotse.planning.reductions.domain;

import java.time.LocalDate;

/**
 * What the cited record establishes, read by the application from the record itself so that neither the
 * breach, its date nor the legal-consequence notice rests on what the check's author types.
 *
 * @param breach        the breach of § 31 the record shows, by its kind (a refused measure offer is Nr. 3, not Nr. 2)
 * @param established   the record shows a breach (the offer was refused, the measure aborted by the customer);
 *                      a duty demand always can be breached
 * @param notEstablished why not, in German, when it does not
 * @param breachOn      the day of the breach as the record fixes it (refusal, abort); none for a duty demand,
 *                      where the check states it
 * @param earliestBreachOn a duty cannot be breached before it is due
 * @param noticeOn      the day the legal-consequence notice was given in writing; none if the record carries none
 */
public record CitedBreach(
        Ground ground,
        ReductionCheck.Breach breach,
        boolean established,
        String notEstablished,
        LocalDate breachOn,
        LocalDate earliestBreachOn,
        LocalDate noticeOn) {}
