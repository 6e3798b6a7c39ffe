package de.lotse.reporting.caseload.api;

import de.lotse.reporting.caseload.domain.Caseload;
import de.lotse.reporting.caseload.domain.CaseloadLine;
import de.lotse.reporting.caseload.domain.CaseloadRatio;
import de.lotse.reporting.caseload.domain.RatioStatus;
import de.lotse.reporting.caseload.domain.Utilisation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Serdeable
@Schema(name = "Fallbestand", description = "Offene Fälle eines Jobcenters (bzw. des sichtbaren Teils), gruppiert, "
        + "gemessen am Betreuungsschlüssel der Richtlinie. Lotse kennt noch keine Stellenanteile: jede "
        + "Fallmanager:in mit mindestens einem offenen Fall zählt als eine Vollzeitstelle.")
record CaseloadView(
        @Schema(description = "Jobcenter des Tokens") String jobcenterId,
        @Schema(description = "Gruppierung", allowableValues = {"caseManager", "team"}) String groupBy,
        @Schema(description = "Eine Zeile je Fallmanager:in bzw. Team, nach Schlüssel sortiert") List<Row> rows,
        @Schema(description = "Summe der offenen Fälle aller Zeilen; für die Leitung unter 5 unterdrückt (fehlt "
                + "wie openCases der Gesamtzeile)") @Nullable Long total,
        @Schema(description = "Gesamtzeile über den sichtbaren Bereich (Leitung: das Jobcenter, Teamleitung: das "
                + "Team, Fallmanager:in: die eigene Zeile), ohne key. Fallmanager:innen mit Fällen in "
                + "mehreren Teams zählen hier nur einmal.") Row totalLine,
        @Schema(description = "Betreuungsschlüssel der Richtlinie; fehlt, wenn die Richtlinie keinen festlegt "
                + "(dann ist jede Bewertung NONE)") @Nullable Ratio ratio) {

    static CaseloadView of(Caseload caseload) {
        return new CaseloadView(caseload.scope().jobcenterId(), caseload.grouping().parameter(),
                caseload.lines().stream().map(line -> Row.of(line, caseload.utilisation(line), caseload.disclosure(line)))
                        .toList(),
                caseload.disclosure(caseload.total()) == Caseload.Disclosure.NO_COUNTS ? null
                        : caseload.total().openCases(),
                Row.of(caseload.total(), caseload.utilisation(caseload.total()), caseload.disclosure(caseload.total())),
                caseload.ratio() == null ? null : Ratio.of(caseload.ratio()));
    }

    /** The German label of a status, for the CSV a manager takes to a spreadsheet. */
    static String label(RatioStatus status) {
        return switch (status) {
            case OVER -> "über der Grenze";
            case WITHIN -> "im Rahmen";
            case UNDER -> "unter dem Mindestwert";
            case NONE -> "ohne Bewertung";
        };
    }

    @Serdeable
    @Schema(name = "Fallbestandszeile")
    record Row(
            @Schema(description = "Kennung der Fallmanager:in (sub) bzw. des Teams; fehlt in der Gesamtzeile")
            @Nullable String key,
            @Schema(description = "Offene Fälle; für die Leitung unter 5 unterdrückt (fehlt, suppressed = true)")
            @Nullable Long openCases,
            @Schema(description = "davon unter 25 Jahre (U25); für die Leitung unterdrückt, wenn U25 oder Ü25 unter 5 "
                    + "liegt") @Nullable Long u25,
            @Schema(description = "davon 25 Jahre und älter (Ü25); unterdrückt wie U25") @Nullable Long ue25,
            @Schema(description = "Eine Anzahl dieser Zeile ist unterdrückt (weniger als 5 Kund:innen)")
            boolean suppressed,
            @Schema(description = "Fallmanager:innen mit mindestens einem offenen Fall (in der Zeile einer "
                    + "Fallmanager:in immer 1). Jede zählt als Vollzeitstelle, da Lotse keine Stellenanteile kennt.")
            long caseManagers,
            @Schema(description = "Offene Fälle je Fallmanager:in, eine Nachkommastelle")
            @Nullable BigDecimal casesPerCaseManager,
            @Schema(description = "Grenze laut Betreuungsschlüssel: so viele Fälle darf eine Vollzeit-Fallmanager:in "
                    + "bei der U25/Ü25-Mischung dieser Zeile höchstens betreuen (bei nur U25 oder nur Ü25 genau deren "
                    + "Grenze; sonst mischungsgewichtet, gerundet). Fehlt bei Bewertung NONE.") @Nullable Integer limit,
            @Schema(description = "Auslastung in Prozent einer Vollzeit-Fallmanager:in: U25-Fälle / Grenze U25 + "
                    + "Ü25-Fälle / Grenze Ü25, bei Team und Gesamt geteilt durch die Zahl der Fallmanager:innen; "
                    + "gerundet. Eine Altersgruppe ohne Grenze zählt nicht. Fehlt bei Bewertung NONE.")
            @Nullable Integer utilisationPercent,
            @Schema(description = "Bewertung: OVER über der Grenze (Auslastung über 100 %); UNDER unter dem "
                    + "Mindestwert der Richtlinie, umgerechnet auf die Mischung der Zeile (Auslastung unter "
                    + "Mindestwert / Ü25-Grenze, bei PANKOW 75/90); WITHIN im Rahmen; NONE ohne Bewertung "
                    + "(Richtlinie ohne Betreuungsschlüssel, nur Fälle einer Altersgruppe ohne Grenze oder kein "
                    + "offener Fall). Entschieden am ungerundeten Wert.",
                    allowableValues = {"OVER", "WITHIN", "UNDER", "NONE"})
            String status) {

        static Row of(CaseloadLine line, Utilisation utilisation, Caseload.Disclosure disclosure) {
            boolean counts = disclosure != Caseload.Disclosure.NO_COUNTS;
            boolean ages = disclosure == Caseload.Disclosure.ALL;
            boolean rated = ages || disclosure == Caseload.Disclosure.NO_AGE_SPLIT;
            return new Row(line.key(), counts ? line.openCases() : null, ages ? line.u25() : null,
                    ages ? line.ue25() : null, disclosure != Caseload.Disclosure.ALL, line.caseManagers(),
                    counts ? line.casesPerCaseManager() : null, rated ? utilisation.limit() : null,
                    rated ? utilisation.percent() : null, utilisation.status().name());
        }
    }

    @Serdeable
    @Schema(name = "Betreuungsschluessel", description = "Kund:innen je Vollzeit-Fallmanager:in laut Richtlinie")
    record Ratio(
            @Schema(description = "Höchstens so viele U25-Kund:innen; fehlt: U25 ohne Grenze")
            @Nullable Integer maxU25,
            @Schema(description = "Höchstens so viele Ü25-Kund:innen; fehlt: Ü25 ohne Grenze")
            @Nullable Integer maxUe25,
            @Schema(description = "Nicht weniger als so viele Kund:innen (bezogen auf die Ü25-Grenze); fehlt: keine "
                    + "Untergrenze") @Nullable Integer targetMin,
            @Schema(description = "Das Jobcenter rechnet Leitungen und Assistenzen in den Schlüssel ein; Lotse "
                    + "rechnet nur mit Fallmanager:innen") boolean includesLeadsAndAssistants) {

        static Ratio of(CaseloadRatio ratio) {
            return new Ratio(ratio.maxU25(), ratio.maxUe25(), ratio.targetMin(), ratio.includesLeadsAndAssistants());
        }
    }
}
