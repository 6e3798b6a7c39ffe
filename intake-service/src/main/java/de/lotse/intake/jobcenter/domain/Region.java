package de.lotse.intake.jobcenter.domain;

/**
 * A part of a Bundesland whose public holidays differ from the rest of it, as the holiday library knows it (e.g.
 * the city of Augsburg with its Friedensfest on 8 August), docs/domain.md §13.
 *
 * @param code  the library's subdivision code within the Land, upper case, e.g. {@code AG}
 * @param label plain German for the screen, naming the extra holidays
 */
public record Region(String code, String label) {}
