package de.lotse.reporting.outcomes.api;

import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.codes.MeasureInstrument;
import de.lotse.reporting.outcomes.domain.Metric;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The German words of the outcome figures for the CSV a manager opens in a spreadsheet: each metric's name
 * and each key's label (route, closure reason, duration class, instrument, § 16a service, key group,
 * direction, consent end, partner type) — the JSON keeps the codes, the web app labels them itself. The
 * labels follow the web app's (web/src/domain/labels.ts) and the default closure catalogues of intake.
 */
public final class OutcomeLabels {
    private static final Map<Metric, String> METRICS = Map.ofEntries(
            Map.entry(Metric.ADMISSIONS, "Zugänge nach Zugangsweg"),
            Map.entry(Metric.CLOSURES, "Abgänge nach Grund"),
            Map.entry(Metric.INTEGRATIONS, "Integrationen nach Abgangsgrund"),
            Map.entry(Metric.DURATION, "Abgänge nach Verweildauer"),
            Map.entry(Metric.NEEDS_RESOLVED, "Gelöste Handlungsbedarfe"),
            Map.entry(Metric.CATEGORY_UPGRADES, "Verbesserte Profillage oder Kategorie"),
            Map.entry(Metric.MEASURES_SUCCESSFUL, "Erfolgreich beendete Maßnahmen nach Instrument"),
            Map.entry(Metric.REFERRALS_16A_COMPLETED, "Abgeschlossene § 16a-Leistungen nach Leistung"),
            Map.entry(Metric.NEEDS_RESOLVED_BY_KEY_GROUP, "Gelöste Handlungsbedarfe nach Schlüsselgruppe"),
            Map.entry(Metric.CATEGORY_MOVES, "Wechsel der Profillage oder Kategorie nach Richtung"),
            Map.entry(Metric.CONSENTS_GRANTED, "Erteilte Schweigepflichtentbindungen nach Zweck"),
            Map.entry(Metric.CONSENTS_ENDED, "Beendete Schweigepflichtentbindungen nach Art"),
            Map.entry(Metric.REFERRALS_COMPLETED_BY_PARTNER_TYPE, "Abgeschlossene Überweisungen nach Art des Partners"),
            Map.entry(Metric.CO_RATING_RATED, "Erneut gemeinsam eingeschätzte Kundinnen und Kunden"),
            Map.entry(Metric.CO_RATING_IMPROVED, "Davon mit verbesserter gemeinsamer Einschätzung"),
            Map.entry(Metric.CO_RATING_CHANGE, "Summe der Veränderungen der gemeinsamen Einschätzung"),
            Map.entry(Metric.CONSULTATIONS, "Kollegiale Fallberatungen"),
            Map.entry(Metric.SUSTAINABILITY_CHECKS_6, "Prüfungen der Nachhaltigkeit nach 6 Monaten"),
            Map.entry(Metric.SUSTAINED_INTEGRATIONS_6, "Nachhaltige Integrationen nach 6 Monaten"),
            Map.entry(Metric.SUSTAINABILITY_CHECKS_12, "Prüfungen der Nachhaltigkeit nach 12 Monaten"),
            Map.entry(Metric.SUSTAINED_INTEGRATIONS_12, "Nachhaltige Integrationen nach 12 Monaten"));

    private static final Map<String, String> ROUTES = Map.of(
            "AV", "Vormerkung durch die Arbeitsvermittlung",
            "NEW_CUSTOMER_CENTRE", "Neukundenzentrum",
            "FAMILY", "Angehörige / Familie",
            "NETWORK_PARTNER", "Netzwerkpartner",
            "LEGAL_GUARDIAN", "Gesetzliche Betreuung",
            "RELOCATION", "Übernahme nach Umzug");

    /** The reasons of intake's default closure catalogues (a Jobcenter's own codes fall back to their words). */
    private static final Map<String, String> CLOSURE_REASONS = Map.ofEntries(
            Map.entry("EMPLOYMENT", "Dauerhafte sozialversicherungspflichtige Arbeitsaufnahme"),
            Map.entry(
                    "VOCATIONAL_TRAINING",
                    "Aufnahme einer Berufsausbildung (insbes. auch in außerbetrieblichen Einrichtungen, BaE)"),
            Map.entry("SUBSIDISED_EMPLOYMENT_16E_16I", "EVL, TaAM §§ 16e, 16i SGB II"),
            Map.entry("LABOUR_MARKET_READINESS", "Arbeitsmarktfähigkeit erreicht"),
            Map.entry(
                    "NOT_EMPLOYABLE_OVER_6_MONTHS",
                    "Ärztliches Gutachten: über 6 Monate, aber nicht auf Dauer nicht erwerbsfähig"),
            Map.entry("LONG_TERM_INCAPACITY", "Dauer-Arbeitsunfähigkeitsbescheinigung"),
            Map.entry("STANDARD_DURATION_EXPIRED", "Ablauf Regelverweildauer"),
            Map.entry("PENSION", "Rente"),
            Map.entry("SGB_XII", "Wechsel ins SGB XII"),
            Map.entry("OTHER_SOCIAL_SECURITY_SYSTEM", "Anderes soziales Sicherungssystem"),
            Map.entry("DECEASED", "Verstorben"),
            Map.entry("MOVED", "Umzug"),
            Map.entry("NO_MOTIVATION", "Keine Motivation"),
            Map.entry("INSUFFICIENT_WORKING_ALLIANCE", "Mangelnde Tragfähigkeit des Arbeitsbündnisses"),
            Map.entry("CURRENTLY_NOT_TREATABLE", "Derzeit nicht therapierbar"),
            Map.entry("OTHER", "Sonstiges"),
            Map.entry(
                    "DEVELOPED_TO_MARKET_NEAR",
                    "Entwicklung zum arbeitsmarktnahen Kunden (Übergang zum FM für arbeitsmarktnahe Kunden)"),
            Map.entry(
                    "CRITERIA_NO_LONGER_MET",
                    "Zugangsvoraussetzungen liegen nicht mehr vor, Integrationsfortschritte auch ohne FM möglich"),
            Map.entry("PERMANENT_INTEGRATION", "Unbefristete Arbeitsmarktintegration"),
            Map.entry(
                    "NO_IMPROVEMENT_OF_PROSPECTS",
                    "Keine Verbesserung der Perspektiven für eine dauerhafte Integration erkennbar"),
            Map.entry(
                    "ENTRENCHMENT_DESPITE_FM",
                    "Zunahme und Verfestigung der Vermittlungshemmnisse trotz Betreuung im FM"),
            Map.entry("CHANGE_OF_RESPONSIBILITY", "Zuständigkeitswechsel (SGB XII etc.)"),
            Map.entry("NOT_ECONOMICAL", "Wirtschaftlichkeit entfällt (ausreichende Anbindung an Dritte)"));

    private static final Map<String, String> DURATIONS = Map.of(
            "0-6", "unter 6 Monaten",
            "6-12", "6 bis unter 12 Monate",
            "12-24", "12 bis unter 24 Monate",
            "24-36", "24 bis unter 36 Monate",
            "36+", "36 Monate und länger");

    private static final Map<MeasureInstrument, String> INSTRUMENTS = Map.of(
            MeasureInstrument.ACTIVATION_45, "Aktivierung und berufliche Eingliederung (§ 45 SGB III)",
            MeasureInstrument.FURTHER_TRAINING_81, "Berufliche Weiterbildung (§ 81 SGB III)",
            MeasureInstrument.AGH_16D, "Arbeitsgelegenheit (§ 16d SGB II)",
            MeasureInstrument.EVL_16E, "Eingliederung von Langzeitarbeitslosen (§ 16e SGB II)",
            MeasureInstrument.TAAM_16I, "Teilhabe am Arbeitsmarkt (§ 16i SGB II)",
            MeasureInstrument.MUNICIPAL_16A, "Kommunale Eingliederungsleistung (§ 16a SGB II)",
            MeasureInstrument.OTHER_16, "Sonstige Leistung (§ 16 SGB II)");

    private static final Map<String, String> SERVICES = Map.ofEntries(
            Map.entry("CHILDCARE_OR_HOME_CARE", "Kinderbetreuung / häusliche Pflege von Angehörigen (§ 16a Nr. 1)"),
            Map.entry("DEBT_COUNSELLING", "Schuldnerberatung (§ 16a Nr. 2)"),
            Map.entry("PSYCHOSOCIAL_COUNSELLING", "Psychosoziale Betreuung (§ 16a Nr. 3)"),
            Map.entry("ADDICTION_COUNSELLING", "Suchtberatung (§ 16a Nr. 4)"));

    private static final Map<String, String> DIRECTIONS = Map.of("UP", "verbessert", "DOWN", "verschlechtert");

    private static final Map<String, String> CONSENT_ENDS = Map.of(
            "REVOKED", "Widerruf",
            "EXPIRED", "Ablauf",
            "SUPERSEDED", "Ersetzt durch eine neue Fassung");

    private static final Map<String, String> PARTNER_TYPES = Map.of(
            "COUNSELLING_AGENCY", "Beratungsstelle",
            "SOCIAL_SERVICE", "Sozialer Dienst / freier Träger",
            "MEASURE_PROVIDER", "Maßnahmeträger",
            "MUNICIPAL_SERVICE", "Kommunale Stelle",
            "HEALTH_SERVICE", "Gesundheitsdienst");

    private OutcomeLabels() {}

    /** The metric's German name. */
    public static String metric(Metric metric) {
        return METRICS.get(metric);
    }

    /** The key's German label within its metric; {@code -} (a metric without keys) stays. */
    public static String key(Metric metric, String key) {
        if (key == null || key.equals("-")) {
            return key;
        }
        String label = switch (metric) {
            case ADMISSIONS -> ROUTES.get(key);
            case CLOSURES, INTEGRATIONS -> CLOSURE_REASONS.get(key);
            case DURATION -> DURATIONS.get(key);
            case MEASURES_SUCCESSFUL ->
                constant(MeasureInstrument.class, key).map(INSTRUMENTS::get).orElse(null);
            case REFERRALS_16A_COMPLETED -> SERVICES.get(key);
            case NEEDS_RESOLVED_BY_KEY_GROUP ->
                constant(KeyGroup.class, key).map(KeyGroup::label).orElse(null);
            case CATEGORY_MOVES -> DIRECTIONS.get(key);
            case CONSENTS_ENDED -> CONSENT_ENDS.get(key);
            case REFERRALS_COMPLETED_BY_PARTNER_TYPE -> PARTNER_TYPES.get(key);
            default -> null;
        };
        return label != null ? label : words(key);
    }

    /**
     * A code without a label (a consent purpose or closure reason a Jobcenter defined itself): its words,
     * e.g. {@code PSYCHOSOZIALE_BETREUUNG} → "Psychosoziale betreuung" — never the bare code.
     */
    static String words(String code) {
        String spaced = code.replace('_', ' ').toLowerCase(Locale.GERMAN);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(name))
                .findFirst();
    }
}
