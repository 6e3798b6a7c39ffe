package de.lotse.intake.policy.domain;

import java.util.ArrayList;
import java.util.List;

/** The closure catalogues of the seeds (Abgangsgründe). */
final class ClosureCatalogues {
    static final String STANDARD_DURATION_EXPIRED = "STANDARD_DURATION_EXPIRED";
    static final String INSUFFICIENT_WORKING_ALLIANCE = "INSUFFICIENT_WORKING_ALLIANCE";
    static final String MOVED = "MOVED";

    private ClosureCatalogues() {}

    /** PANKOW 4.6 — also Lotse's default, since BA2010 names no catalogue. */
    static List<ClosureReason> pankow() {
        return List.of(
                ClosureReason.integration("EMPLOYMENT", "Dauerhafte sozialversicherungspflichtige Arbeitsaufnahme"),
                ClosureReason.integration(
                        "VOCATIONAL_TRAINING",
                        "Aufnahme einer Berufsausbildung (insbes. auch in außerbetrieblichen Einrichtungen, BaE)"),
                ClosureReason.integration("SUBSIDISED_EMPLOYMENT_16E_16I", "EVL, TaAM §§ 16e, 16i SGB II"),
                ClosureReason.handover("LABOUR_MARKET_READINESS", "Arbeitsmarktfähigkeit erreicht"),
                ClosureReason.handover(
                        "NOT_EMPLOYABLE_OVER_6_MONTHS",
                        "Ärztliches Gutachten: über 6 Monate, aber nicht auf Dauer nicht erwerbsfähig"),
                ClosureReason.handover("LONG_TERM_INCAPACITY", "Dauer-Arbeitsunfähigkeitsbescheinigung"),
                new ClosureReason(STANDARD_DURATION_EXPIRED, "Ablauf Regelverweildauer", false, true, true, false),
                ClosureReason.leaving("PENSION", "Rente"),
                ClosureReason.leaving("SGB_XII", "Wechsel ins SGB XII"),
                ClosureReason.leaving("OTHER_SOCIAL_SECURITY_SYSTEM", "Anderes soziales Sicherungssystem"),
                ClosureReason.leaving("DECEASED", "Verstorben"),
                ClosureReason.leaving(MOVED, "Umzug"),
                ClosureReason.handover("NO_MOTIVATION", "Keine Motivation"),
                ClosureReason.handover(INSUFFICIENT_WORKING_ALLIANCE, "Mangelnde Tragfähigkeit des Arbeitsbündnisses"),
                ClosureReason.handover("CURRENTLY_NOT_TREATABLE", "Derzeit nicht therapierbar"),
                ClosureReason.handover("OTHER", "Sonstiges"));
    }

    /** UCKERMARK: the default catalogue plus the move to the FM for market-near customers (UCKERMARK 6.6). */
    static List<ClosureReason> uckermark() {
        // no maximum duration in Uckermark, hence no "Ablauf Regelverweildauer"
        List<ClosureReason> reasons = new ArrayList<>(pankow().stream()
                .filter(reason -> !reason.code().equals(STANDARD_DURATION_EXPIRED))
                .toList());
        reasons.add(ClosureReason.handover(
                "DEVELOPED_TO_MARKET_NEAR",
                "Entwicklung zum arbeitsmarktnahen Kunden (Übergang zum FM für arbeitsmarktnahe Kunden)"));
        return List.copyOf(reasons);
    }

    /** TAH 4.11 (and the maximum duration of 3 years, the move, death). */
    static List<ClosureReason> tah() {
        return List.of(
                ClosureReason.handover(
                        "CRITERIA_NO_LONGER_MET",
                        "Zugangsvoraussetzungen liegen nicht mehr vor, Integrationsfortschritte auch ohne FM möglich"),
                ClosureReason.integration("PERMANENT_INTEGRATION", "Unbefristete Arbeitsmarktintegration"),
                ClosureReason.handover(
                        "NO_IMPROVEMENT_OF_PROSPECTS",
                        "Keine Verbesserung der Perspektiven für eine dauerhafte Integration erkennbar"),
                ClosureReason.handover(
                        "ENTRENCHMENT_DESPITE_FM",
                        "Zunahme und Verfestigung der Vermittlungshemmnisse trotz Betreuung im FM"),
                ClosureReason.leaving("CHANGE_OF_RESPONSIBILITY", "Zuständigkeitswechsel (SGB XII etc.)"),
                new ClosureReason(
                        INSUFFICIENT_WORKING_ALLIANCE,
                        "Mangelnde Tragfähigkeit des Arbeitsbündnisses nach der Klärungsphase",
                        false,
                        true,
                        false,
                        true),
                ClosureReason.handover(
                        "NOT_ECONOMICAL", "Wirtschaftlichkeit entfällt (ausreichende Anbindung an Dritte)"),
                new ClosureReason(
                        STANDARD_DURATION_EXPIRED, "Maximale Betreuungsdauer erreicht", false, true, true, false),
                ClosureReason.leaving(MOVED, "Umzug in den Bereich eines anderen Jobcenters"),
                ClosureReason.leaving("DECEASED", "Verstorben"),
                ClosureReason.handover("OTHER", "Sonstiges"));
    }
}
