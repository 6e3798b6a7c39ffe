package de.lotse.assessment.assessments.domain;

import de.lotse.platform.codes.KeyGroup;

/**
 * The catalogue of needs (Handlungsbedarfe) per key group (docs/domain.md §5.1–5.2). Each need has a code
 * from here plus free text. Health-related needs are protected data: only the responsible FM, the
 * deputy and the team lead see them, and events never name them.
 */
public enum NeedCode {
    // berufliche Kompetenz (U25: schulische Qualifikation / berufliche Kompetenz)
    SCHOOL_EDUCATION(KeyGroup.PROFESSIONAL_COMPETENCE, "Schulabschluss / schulische Qualifikation", false),
    VOCATIONAL_TRAINING(KeyGroup.PROFESSIONAL_COMPETENCE, "Berufsausbildung / Berufsabschluss", false),
    WORK_EXPERIENCE(KeyGroup.PROFESSIONAL_COMPETENCE, "Berufserfahrung / aktuelle Kenntnisse", false),
    GERMAN_LANGUAGE(KeyGroup.PROFESSIONAL_COMPETENCE, "Deutschkenntnisse", false),
    BASIC_SKILLS(KeyGroup.PROFESSIONAL_COMPETENCE, "Grundkompetenzen (Lesen, Schreiben, Rechnen, Digitales)", false),
    // Motivation / Leistungsbereitschaft
    MOTIVATION(KeyGroup.MOTIVATION, "Motivation / Eigeninitiative", false),
    REALISTIC_GOALS(KeyGroup.MOTIVATION, "Realistische berufliche Zielvorstellung", false),
    // soziale Kompetenzen
    RELIABILITY(KeyGroup.SOCIAL_COMPETENCE, "Zuverlässigkeit / Pünktlichkeit", false),
    COMMUNICATION(KeyGroup.SOCIAL_COMPETENCE, "Kommunikation / Konfliktfähigkeit", false),
    SELF_ORGANISATION(KeyGroup.SOCIAL_COMPETENCE, "Selbstorganisation / Tagesstruktur", false),
    // Leistungsfähigkeit
    PHYSICAL_HEALTH(KeyGroup.PERFORMANCE_CAPACITY, "Körperliche Gesundheit", true),
    MENTAL_HEALTH(KeyGroup.PERFORMANCE_CAPACITY, "Psychische Gesundheit", true),
    ADDICTION(KeyGroup.PERFORMANCE_CAPACITY, "Suchterkrankung", true),
    RESILIENCE(KeyGroup.PERFORMANCE_CAPACITY, "Belastbarkeit", false),
    // Rahmenbedingungen
    HOUSING(KeyGroup.LIVING_CONDITIONS, "Wohnsituation", false),
    DEBT(KeyGroup.LIVING_CONDITIONS, "Finanzielle Situation / Schulden", false),
    CHILDCARE(KeyGroup.LIVING_CONDITIONS, "Kinderbetreuung", false),
    CARE_OF_RELATIVES(KeyGroup.LIVING_CONDITIONS, "Pflege von Angehörigen", false),
    MOBILITY(KeyGroup.LIVING_CONDITIONS, "Mobilität", false),
    LEGAL_STATUS(KeyGroup.LIVING_CONDITIONS, "Rechtliche Rahmenbedingungen (z. B. Aufenthalt, Verfahren)", false),
    FAMILY_SITUATION(KeyGroup.LIVING_CONDITIONS, "Familiäre Situation", false),
    REGIONAL_LABOUR_MARKET(KeyGroup.LIVING_CONDITIONS, "Regionale Arbeitsmarktbedingungen", false);

    /** What events say instead of a health-related need's code (docs/domain.md §12). */
    public static final String PROTECTED_CODE = "HEALTH_RELATED";

    private final KeyGroup keyGroup;
    private final String label;
    private final boolean healthRelated;

    NeedCode(KeyGroup keyGroup, String label, boolean healthRelated) {
        this.keyGroup = keyGroup;
        this.label = label;
        this.healthRelated = healthRelated;
    }

    public KeyGroup keyGroup() {
        return keyGroup;
    }

    public String label() {
        return label;
    }

    public boolean healthRelated() {
        return healthRelated;
    }

    /** The code as events may carry it. */
    public String publicCode() {
        return healthRelated ? PROTECTED_CODE : name();
    }

    /** The German name of a key group; U25 customers see the first group as school and vocational qualification. */
    public static String keyGroupLabel(KeyGroup group, boolean u25) {
        return switch (group) {
            case PROFESSIONAL_COMPETENCE ->
                u25 ? "Schulische Qualifikation / berufliche Kompetenz" : "Berufliche Kompetenz";
            case MOTIVATION -> "Motivation / Leistungsbereitschaft";
            case SOCIAL_COMPETENCE -> "Soziale Kompetenzen";
            case PERFORMANCE_CAPACITY -> "Leistungsfähigkeit";
            case LIVING_CONDITIONS -> "Rahmenbedingungen";
        };
    }
}
