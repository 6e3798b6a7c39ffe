package de.lotse.intake.cases.domain;

import java.time.LocalDate;

/**
 * The first consultation in FM (Einstiegsberatung / Erstberatung) and what follows it.
 *
 * @param dueOn                    the policy deadline, if any
 * @param scheduledOn              the appointment, once made
 * @param heldOn                   when it took place: the switch to primary support
 * @param clarificationPhaseEndsOn end of the clarification phase (TAH 4.4), if the policy has one
 */
public record FirstConsultation(
        LocalDate dueOn, LocalDate scheduledOn, LocalDate heldOn, LocalDate clarificationPhaseEndsOn) {}
