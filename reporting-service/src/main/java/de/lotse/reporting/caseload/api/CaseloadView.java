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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Serdeable
@Schema(
        name = "Fallbestand",
        description = "Offene Fälle eines Jobcenters (bzw. des sichtbaren Teils), gruppiert, "
                + "gemessen am Betreuungsschlüssel der Richtlinie. Lotse kennt noch keine Stellenanteile: jede "
                + "Fallmanager:in mit mindestens einem offenen Fall zählt als eine Vollzeitstelle.")
record CaseloadView(
        @Schema(description = "Jobcenter des Tokens") String jobcenterId,

        @Schema(
                description = "Gruppierung",
                allowableValues = {"caseManager", "team"})
        String groupBy,

        @Schema(
                description = "Stichtag der Zahlen (Leitung): Stand zum Ende dieses Tages, einmal erhoben und "
                        + "für den ganzen folgenden Tag gleich. Fehlt bei Teamleitung und Fallmanager:in, die ihre eigenen "
                        + "Zeilen tagesaktuell und genau sehen.")
        @Nullable
        LocalDate reportingDate,

        @Schema(description = "Wann die Zahlen des Stichtags erhoben wurden (Leitung)") @Nullable
        Instant takenAt,

        @Schema(description = "Eine Zeile je Fallmanager:in bzw. Team, nach Schlüssel sortiert")
        List<Row> rows,

        @Schema(
                description = "Summe der offenen Fälle aller Zeilen; fehlt, wenn sie geschützt ist (wie openCases "
                        + "der Gesamtzeile)")
        @Nullable
        Long total,

        @Schema(
                description = "Gesamtzeile über den sichtbaren Bereich (Leitung: das Jobcenter, Teamleitung: das "
                        + "Team, Fallmanager:in: die eigene Zeile), ohne key. Fallmanager:innen mit Fällen in "
                        + "mehreren Teams zählen hier nur einmal.")
        Row totalLine,

        @Schema(
                description = "Betreuungsschlüssel der Richtlinie; fehlt, wenn die Richtlinie keinen festlegt "
                        + "(dann ist jede Bewertung NONE)")
        @Nullable
        Ratio ratio) {

    static CaseloadView of(Caseload caseload) {
        Caseload.Withheld total = caseload.withheld(caseload.total());
        return new CaseloadView(
                caseload.scope().jobcenterId(),
                caseload.grouping().parameter(),
                caseload.reportingDate(),
                caseload.takenAt(),
                caseload.lines().stream().map(line -> Row.of(caseload, line)).toList(),
                total.openCases() ? null : caseload.total().openCases(),
                Row.of(caseload, caseload.total()),
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
            @Schema(description = "Kennung der Fallmanager:in (sub) bzw. des Teams; fehlt in der Gesamtzeile") @Nullable
            String key,

            @Schema(
                    description = "Offene Fälle; fehlt, wenn geschützt (für die Leitung: weniger als 5 Kund:innen, "
                            + "oder zurückgehalten, damit sich eine kleine Zahl nicht aus anderen zurückrechnen lässt)")
            @Nullable
            Long openCases,

            @Schema(description = "davon unter 25 Jahre (U25); fehlt, wenn geschützt") @Nullable
            Long u25,

            @Schema(description = "davon 25 Jahre und älter (Ü25); fehlt, wenn geschützt") @Nullable
            Long ue25,

            @Schema(description = "Mindestens eine Anzahl dieser Zeile ist geschützt (fehlt)")
            boolean suppressed,

            @Schema(
                    description =
                            "Fallmanager:innen mit mindestens einem offenen Fall (in der Zeile einer "
                                    + "Fallmanager:in immer 1). Jede zählt als Vollzeitstelle, da Lotse keine Stellenanteile kennt.")
            long caseManagers,

            @Schema(description = "Offene Fälle je Fallmanager:in, eine Nachkommastelle") @Nullable
            BigDecimal casesPerCaseManager,

            @Schema(
                    description = "Grenze laut Betreuungsschlüssel: so viele Fälle darf eine Vollzeit-Fallmanager:in "
                            + "bei der U25/Ü25-Mischung dieser Zeile höchstens betreuen (bei nur U25 oder nur Ü25 genau deren "
                            + "Grenze; sonst mischungsgewichtet, gerundet). Fehlt bei Bewertung NONE.")
            @Nullable
            Integer limit,

            @Schema(
                    description = "Auslastung in Prozent einer Vollzeit-Fallmanager:in: U25-Fälle / Grenze U25 + "
                            + "Ü25-Fälle / Grenze Ü25, bei Team und Gesamt geteilt durch die Zahl der Fallmanager:innen; "
                            + "gerundet. Eine Altersgruppe ohne Grenze zählt nicht. Fehlt bei Bewertung NONE.")
            @Nullable
            Integer utilisationPercent,

            @Schema(
                    description = "Bewertung: OVER über der Grenze (Auslastung über 100 %); UNDER unter dem "
                            + "Mindestwert der Richtlinie, umgerechnet auf die Mischung der Zeile (Auslastung unter "
                            + "Mindestwert / Ü25-Grenze, bei PANKOW 75/90); WITHIN im Rahmen; NONE ohne Bewertung "
                            + "(Richtlinie ohne Betreuungsschlüssel, nur Fälle einer Altersgruppe ohne Grenze oder kein "
                            + "offener Fall). Entschieden am ungerundeten Wert.",
                    allowableValues = {"OVER", "WITHIN", "UNDER", "NONE"})
            String status) {

        static Row of(Caseload caseload, CaseloadLine line) {
            Caseload.Withheld withheld = caseload.withheld(line);
            Utilisation utilisation = caseload.utilisation(line);
            boolean measures = withheld.measures(caseload.ratio());
            return new Row(
                    line.key(),
                    withheld.openCases() ? null : line.openCases(),
                    withheld.u25() ? null : line.u25(),
                    withheld.ue25() ? null : line.ue25(),
                    withheld.any(),
                    line.caseManagers(),
                    withheld.openCases() ? null : line.casesPerCaseManager(),
                    measures ? null : utilisation.limit(),
                    measures ? null : utilisation.percent(),
                    utilisation.status().name());
        }
    }

    @Serdeable
    @Schema(name = "Betreuungsschluessel", description = "Kund:innen je Vollzeit-Fallmanager:in laut Richtlinie")
    record Ratio(
            @Schema(description = "Höchstens so viele U25-Kund:innen; fehlt: U25 ohne Grenze") @Nullable
            Integer maxU25,

            @Schema(description = "Höchstens so viele Ü25-Kund:innen; fehlt: Ü25 ohne Grenze") @Nullable
            Integer maxUe25,

            @Schema(
                    description = "Nicht weniger als so viele Kund:innen (bezogen auf die Ü25-Grenze); fehlt: keine "
                            + "Untergrenze")
            @Nullable
            Integer targetMin,

            @Schema(
                    description = "Das Jobcenter rechnet Leitungen und Assistenzen in den Schlüssel ein; Lotse "
                            + "rechnet nur mit Fallmanager:innen")
            boolean includesLeadsAndAssistants) {

        static Ratio of(CaseloadRatio ratio) {
            return new Ratio(ratio.maxU25(), ratio.maxUe25(), ratio.targetMin(), ratio.includesLeadsAndAssistants());
        }
    }
}
