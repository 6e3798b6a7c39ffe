package de.lotse.intake.jobcenter.infrastructure;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.lotse.intake.jobcenter.domain.Bundesland;
import de.lotse.intake.jobcenter.domain.HolidayCalendar;
import de.lotse.intake.jobcenter.domain.Region;
import io.micronaut.context.annotation.Context;

import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The public holidays of German law from the maintained library jollyday (docs/domain.md §13): its German
 * configuration has the nationwide holidays, each Land's own and, in Bavaria, the cities whose holidays differ
 * (Augsburger Friedensfest, Mariä Himmelfahrt).
 *
 * <p>Reading the library's configuration takes a second or two, so it starts in the background when the service
 * starts and the first deadline waits for it only if it comes sooner. A year's holidays of a Land and region are
 * computed once and kept: they never change for a library version, and there are only 16 Länder.
 */
@Context
public class JollydayHolidayCalendar implements HolidayCalendar {
    private static final String GERMANY = "de";
    private static final int LABEL_YEAR = 2026;

    private final CompletableFuture<HolidayManager> manager = CompletableFuture.supplyAsync(() ->
            HolidayManager.getInstance(ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.GERMANY)));
    private final Map<String, Set<LocalDate>> holidays = new ConcurrentHashMap<>();
    private final Map<Bundesland, List<Region>> regions = new ConcurrentHashMap<>();

    @Override
    public Set<LocalDate> holidays(Bundesland state, String region, int year) {
        if (state == null && region != null) {
            throw new IllegalArgumentException("a region needs its Land");
        }
        String key = year + "/" + (state == null ? "" : state.name()) + "/" + (region == null ? "" : region);
        return holidays.computeIfAbsent(key, k -> load(state, region, year));
    }

    @Override
    public List<Region> regions(Bundesland state) {
        return regions.computeIfAbsent(state, this::loadRegions);
    }

    private Set<LocalDate> load(Bundesland state, String region, int year) {
        return manager().getHolidays(Year.of(year), path(state, region)).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String[] path(Bundesland state, String region) {
        if (state == null) {
            return new String[0];
        }
        String land = state.name().toLowerCase(Locale.ROOT);
        return region == null ? new String[] {land} : new String[] {land, region.toLowerCase(Locale.ROOT)};
    }

    /**
     * The library's subdivisions of the Land, each labelled with the holidays it keeps beyond the Land's, e.g.
     * "Augsburg (zusätzlich Friedensfest, Mariä Himmelfahrt)".
     */
    private List<Region> loadRegions(Bundesland state) {
        CalendarHierarchy land =
                manager().getCalendarHierarchy().getChildren().get(state.name().toLowerCase(Locale.ROOT));
        if (land == null) {
            throw new IllegalStateException("the holiday library does not know the Bundesland " + state);
        }
        Set<String> ofLand = names(state, null);
        return land.getChildren().values().stream()
                .sorted(Comparator.comparing(child -> child.getDescription(Locale.GERMAN)))
                .map(child -> {
                    String code = child.getId().toUpperCase(Locale.ROOT);
                    List<String> extra = names(state, code).stream()
                            .filter(name -> !ofLand.contains(name))
                            .sorted()
                            .toList();
                    String label = child.getDescription(Locale.GERMAN)
                            + (extra.isEmpty() ? "" : " (zusätzlich " + String.join(", ", extra) + ")");
                    return new Region(code, label);
                })
                .toList();
    }

    private Set<String> names(Bundesland state, String region) {
        return manager().getHolidays(Year.of(LABEL_YEAR), path(state, region)).stream()
                .map(holiday -> holiday.getDescription(Locale.GERMAN))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private HolidayManager manager() {
        return manager.join();
    }
}
