package de.lotse.intake.jobcenter.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 16 Länder by their ISO 3166-2 subdivision code without the country ("DE-BB" → {@code BB}). Public holidays
 * are Land law, so the Land decides which days are working days (docs/domain.md §13).
 */
public enum Bundesland {
    BW("Baden-Württemberg"),
    BY("Bayern"),
    BE("Berlin"),
    BB("Brandenburg"),
    HB("Bremen"),
    HH("Hamburg"),
    HE("Hessen"),
    MV("Mecklenburg-Vorpommern"),
    NI("Niedersachsen"),
    NW("Nordrhein-Westfalen"),
    RP("Rheinland-Pfalz"),
    SL("Saarland"),
    SN("Sachsen"),
    ST("Sachsen-Anhalt"),
    SH("Schleswig-Holstein"),
    TH("Thüringen");

    private final String germanName;

    Bundesland(String germanName) {
        this.germanName = germanName;
    }

    public String germanName() {
        return germanName;
    }

    /** The Land of a code, whatever its case; empty for anything that is not one of the 16. */
    public static Optional<Bundesland> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(land -> land.name().equals(wanted))
                .findFirst();
    }
}
