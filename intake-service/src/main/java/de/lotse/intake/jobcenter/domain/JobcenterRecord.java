package de.lotse.intake.jobcenter.domain;

import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The Jobcenter's own record, kept by its administrator: the name and address printed on letters and on the
 * Kooperationsplan, how to reach it, and the Bundesland (and region) whose public holidays every working-day
 * deadline skips (docs/domain.md §13). Organisation data only; the directory of teams and staff extends it later.
 *
 * @param jobcenterId  the Jobcenter of the administrator's token
 * @param name         e.g. "Jobcenter Uckermark"
 * @param street       street and number of the visiting address
 * @param phone        optional
 * @param email        optional
 * @param contactHours opening hours as printed, optional
 * @param state        the Bundesland
 * @param regionCode   a region of the Land with other holidays ({@link HolidayCalendar#regions}), none: the whole Land
 * @param version      1 for the first record, one more with every change
 * @param changedBy    subject of the administrator
 */
public record JobcenterRecord(
        String jobcenterId,
        String name,
        String street,
        String postalCode,
        String city,
        String phone,
        String email,
        String contactHours,
        Bundesland state,
        String regionCode,
        long version,
        String changedBy,
        Instant changedAt) {

    public JobcenterRecord {
        Objects.requireNonNull(jobcenterId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(state);
    }

    /** What the administrator enters; codes as typed, checked by {@link #validated}. */
    public record Entry(
            String name,
            String street,
            String postalCode,
            String city,
            String phone,
            String email,
            String contactHours,
            String stateCode,
            String regionCode) {}

    /**
     * The entry as the record's next version, or every rule it breaks: the Bundesland must be one of the 16; a
     * region must be one the holiday calendar knows in that Land (a Land without such regions takes none).
     */
    public static JobcenterRecord validated(
            String jobcenterId,
            Entry entry,
            HolidayCalendar calendar,
            long version,
            String changedBy,
            Instant changedAt) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        Bundesland state = Bundesland.ofCode(entry.stateCode()).orElse(null);
        if (state == null) {
            broken.add(new RuleViolation.Broken(
                    "stateCode",
                    "UNKNOWN_STATE",
                    "Bitte eines der 16 Bundesländer wählen "
                            + "(Kürzel nach ISO 3166-2, z. B. BB für Brandenburg, BE für Berlin)."));
        }
        String region = blankToNull(entry.regionCode());
        if (region != null) {
            region = region.toUpperCase(Locale.ROOT);
            if (state != null) {
                List<Region> known = calendar.regions(state);
                String code = region;
                if (known.isEmpty()) {
                    broken.add(new RuleViolation.Broken(
                            "regionCode",
                            "NO_REGIONS_IN_STATE",
                            "In " + state.germanName()
                                    + " gelten die Feiertage im ganzen Land gleich; bitte keine Region angeben."));
                } else if (known.stream().noneMatch(r -> r.code().equals(code))) {
                    broken.add(new RuleViolation.Broken(
                            "regionCode",
                            "UNKNOWN_REGION",
                            "Diese Region kennt der "
                                    + "Feiertagskalender in " + state.germanName() + " nicht. Möglich: "
                                    + known.stream()
                                            .map(r -> r.code() + " (" + r.label() + ")")
                                            .collect(Collectors.joining(", "))
                                    + ", oder keine Region."));
                }
            }
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        return new JobcenterRecord(
                jobcenterId,
                entry.name().strip(),
                strip(entry.street()),
                strip(entry.postalCode()),
                strip(entry.city()),
                blankToNull(entry.phone()),
                blankToNull(entry.email()),
                blankToNull(entry.contactHours()),
                state,
                region,
                version,
                changedBy,
                changedAt);
    }

    /** The Jobcenter's working days: its Land's and region's holidays skipped. */
    public WorkingDays workingDays(HolidayCalendar calendar) {
        return WorkingDays.of(calendar, state, regionCode);
    }

    /** Whether the other record says the same (who changed it when and its version aside): a repeated entry. */
    public boolean sameContentAs(JobcenterRecord other) {
        return name.equals(other.name)
                && Objects.equals(street, other.street)
                && Objects.equals(postalCode, other.postalCode)
                && Objects.equals(city, other.city)
                && Objects.equals(phone, other.phone)
                && Objects.equals(email, other.email)
                && Objects.equals(contactHours, other.contactHours)
                && state == other.state
                && Objects.equals(regionCode, other.regionCode);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
