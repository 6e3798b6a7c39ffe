package de.lotse.intake.cases.domain;

import java.time.LocalDate;

/**
 * An absence deputy (Abwesenheitsvertretung) for the responsible FM.
 *
 * @param deputyId       subject of the deputy FM
 * @param customerAgreed the customer agreed that the deputy acts on FM content (TAH 4.9)
 */
public record Deputy(String deputyId, LocalDate from, LocalDate until, boolean customerAgreed) {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
