package de.lotse.intake.jobcenter.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Port to the public holidays of German law (docs/domain.md §13): which days of a year are public holidays for a
 * Jobcenter in a Bundesland and, where holidays differ within it, a region. Implemented by a maintained holiday
 * library, never by a hand-made table.
 */
public interface HolidayCalendar {

    /**
     * The public holidays of a year.
     *
     * @param state  the Bundesland; {@code null}: only the holidays of every Land (the nationwide ones)
     * @param region a region of that Land ({@link #regions}); {@code null}: the whole Land
     */
    Set<LocalDate> holidays(Bundesland state, String region, int year);

    /** The regions of a Land whose holidays differ from the Land's, by code; empty for most Länder. */
    List<Region> regions(Bundesland state);
}
