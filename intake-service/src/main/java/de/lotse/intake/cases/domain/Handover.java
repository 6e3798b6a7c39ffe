package de.lotse.intake.cases.domain;

import java.time.LocalDate;

/**
 * The warm handover to the AV at closure (PANKOW 4.6: follow-up talk of FM and AV, the team lead if needed).
 *
 * @param avId             the AV who takes the customer back
 * @param on               the day of the handover talk
 * @param teamLeadInvolved the team lead took part
 */
public record Handover(String avId, LocalDate on, boolean teamLeadInvolved) {}
