package de.lotse.platform.codes;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a Jobcenter classifies its customers (docs/domain.md §5.3): the BA's profiles (Profillagen) or
 * Uckermark's customer categories. A policy setting; assessment records a profile of the scheme in
 * force, intake's access criteria compare against it.
 */
public enum ProfileScheme {
    /** Marktprofil … Unterstützungsprofil (BA2010, PANKOW, TAH). */
    BA_PROFILES(Arrays.stream(BaProfile.values()).map(Enum::name).toList()),
    /** Kundenkategorien A–E, S, X, Y, Z (UCKERMARK 4.1.1). */
    UCKERMARK_CATEGORIES(
            Arrays.stream(CustomerCategory.values()).map(Enum::name).toList());

    private final List<String> codes;

    ProfileScheme(List<String> codes) {
        this.codes = codes;
    }

    /** The codes of this scheme, from the most market-near to the most complex. */
    public List<String> codes() {
        return codes;
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    public Set<String> codeSet() {
        return codes.stream().collect(Collectors.toUnmodifiableSet());
    }

    /** The scheme's name as the users know it, for messages. */
    public String label() {
        return this == BA_PROFILES ? "Profillagen" : "Kundenkategorien";
    }

    /** A code of this scheme as the users know it ("Stabilisierungsprofil", "Kategorie X"); another code as it is. */
    public String labelOf(String code) {
        if (this == UCKERMARK_CATEGORIES) {
            return contains(code) ? "Kategorie " + code : code;
        }
        return switch (code) {
            case "MARKET" -> "Marktprofil";
            case "ACTIVATION" -> "Aktivierungsprofil";
            case "PROMOTION" -> "Förderprofil";
            case "DEVELOPMENT" -> "Entwicklungsprofil";
            case "STABILISATION" -> "Stabilisierungsprofil";
            case "SUPPORT" -> "Unterstützungsprofil";
            default -> code;
        };
    }

    /** Profile of the BA (Profillage): integration-near (market, activation, promotion) or complex. */
    public enum BaProfile {
        /** Marktprofil. */
        MARKET,
        /** Aktivierungsprofil. */
        ACTIVATION,
        /** Förderprofil. */
        PROMOTION,
        /** Entwicklungsprofil (komplex). */
        DEVELOPMENT,
        /** Stabilisierungsprofil (komplex). */
        STABILISATION,
        /** Unterstützungsprofil (komplex). */
        SUPPORT
    }

    /** Kundenkategorie of the Jobcenter Uckermark (after Brülle). */
    public enum CustomerCategory {
        /** arbeitsmarktnah: direkte Integration. */
        A,
        /** integrationsnah. */
        B,
        /** integrationsnah. */
        C,
        /** komplexe Profillage. */
        D,
        /** komplexe Profillage. */
        E,
        /** Selbständige / Existenzgründer. */
        S,
        /** Integration längerfristig nicht möglich / Bedarfslage ungeklärt; Wiedervorlage ≤ 6 Monate. */
        X,
        /** vorübergehend verhindert (z. B. Elternzeit); Wiedervorlage i. d. R. nach 12 Monaten. */
        Y,
        /** Integration längerfristig nicht möglich; Wiedervorlage ≤ 6 Monate. */
        Z;

        /**
         * X, Y and Z: no agreement for the time being, a resubmission date instead; leaving them is a reactivation
         * with a full instruction on legal consequences (UCKERMARK 4.1.1, 5.1).
         */
        public boolean resubmission() {
            return this == X || this == Y || this == Z;
        }
    }
}
