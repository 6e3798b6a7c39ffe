package de.lotse.platform.codes;

/**
 * Schlüsselgruppe: the five groups in which needs (Handlungsbedarfe) are recorded (docs/domain.md §5.1,
 * UCKERMARK 4.1.1). Access criteria count needs in {@link #PERFORMANCE_CAPACITY} and
 * {@link #LIVING_CONDITIONS} (BA2010 3b, PANKOW 4.1). Shared by intake (eligibility) and assessment.
 */
public enum KeyGroup {
    /** Berufliche Kompetenz (U25: schulische Qualifikation / berufliche Kompetenz). */
    PROFESSIONAL_COMPETENCE("Berufliche Kompetenz"),
    /** Motivation / Leistungsbereitschaft. */
    MOTIVATION("Motivation / Leistungsbereitschaft"),
    /** Soziale Kompetenzen. */
    SOCIAL_COMPETENCE("Soziale Kompetenzen"),
    /** Leistungsfähigkeit. */
    PERFORMANCE_CAPACITY("Leistungsfähigkeit"),
    /** Rahmenbedingungen. */
    LIVING_CONDITIONS("Rahmenbedingungen");

    private final String label;

    KeyGroup(String label) {
        this.label = label;
    }

    /** The group's name as the users know it, for messages. */
    public String label() {
        return label;
    }
}
