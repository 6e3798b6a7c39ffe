package de.lotse.reporting.outcomes.api;

import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.export.Csv;
import de.lotse.reporting.outcomes.application.OutcomeService;
import de.lotse.reporting.outcomes.domain.OutcomeRow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

@Controller("/api/outcomes")
@ProblemDocs.Standard
@Secured({Roles.MANAGEMENT, Roles.TL})
@Tag(
        name = "Zugänge, Abgänge, Wirkung",
        description = "Zugänge nach Weg, Abgänge nach Grund, Verweildauer, "
                + "Integrationen, gelöste Handlungsbedarfe, Verbesserungen der Profillage, erfolgreiche Maßnahmen, § 16a, "
                + "gemeinsame Einschätzung (Ko-Rating)")
class OutcomeController {
    private final OutcomeService outcomes;

    OutcomeController(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    /** What the CSV's team column says for the Jobcenter's total. */
    static final String TOTAL = "Gesamt";

    @Serdeable
    @Schema(
            name = "Kennzahl",
            description = "Ein Wert je Monat, Team und Schlüssel; für die Leitung geschützt "
                    + "(value fehlt, suppressed = true), wo weniger als 5 Kund:innen dahinterstehen, der Wert innerhalb einer so "
                    + "kleinen Gruppe liegt oder sich sonst ein geschützter Wert aus den übrigen zurückrechnen ließe")
    record RowView(
            String metric,
            String month,

            @Nullable @Schema(description = "fehlt in der Summe des Jobcenters (total = true)")
            String teamId,

            @Nullable
            @Schema(
                    description = "Zugangsweg, Grund, Dauerklasse, Instrument, Leistung …; „-“, wo "
                            + "die Kennzahl keinen hat; fehlt in der Summe über alle Schlüssel")
            String key,

            @Nullable Long value,
            boolean suppressed,

            @Schema(
                    description = "Summe des Jobcenters über alle Teams, über seine Kund:innen gezählt "
                            + "(nur für die Leitung)")
            boolean total) {
        static RowView of(OutcomeRow r) {
            return new RowView(
                    r.metric().name(),
                    r.month(),
                    r.teamId(),
                    r.key(),
                    r.value().value(),
                    r.value().suppressed(),
                    r.total());
        }
    }

    @Serdeable
    @Schema(name = "Kennzahlen")
    record OutcomesView(
            @Nullable
            @Schema(
                    description = "Stichtag der Zahlen (Leitung): Stand zum Ende dieses Tages, einmal "
                            + "erhoben und für den ganzen folgenden Tag gleich; Monate reichen bis zu seinem Monat und "
                            + "höchstens 36 Monate zurück. Fehlt bei der Teamleitung (tagesaktuell, genau).")
            LocalDate reportingDate,

            @Nullable @Schema(description = "Wann die Zahlen des Stichtags erhoben wurden")
            Instant takenAt,

            List<RowView> rows) {}

    @Get("{?from,to}")
    @Operation(
            summary = "Kennzahlen je Monat (Standard: die letzten 12 Monate; höchstens 36)",
            description = "Für die Leitung je Team und als Summe des Jobcenters (total = true), jeweils auch über "
                    + "alle Schlüssel summiert (key fehlt) — die Zahlen des Stichtags; für die Teamleitung das eigene "
                    + "Team tagesaktuell und genau.")
    OutcomesView outcomes(
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, Authentication authentication) {
        OutcomeService.Outcomes o =
                outcomes.outcomes(CurrentUser.of(authentication), month("from", from), month("to", to));
        return new OutcomesView(
                o.reportingDate(),
                o.takenAt(),
                o.rows().stream().map(RowView::of).toList());
    }

    @Get(value = "/export{?from,to}", produces = "text/csv")
    @Operation(
            summary = "Dieselben Kennzahlen als CSV (Semikolon, UTF-8; geschützte Werte als „geschützt“; "
                    + "Summe des Jobcenters mit Team „Gesamt“, Summe über alle Schlüssel mit Schlüssel „Gesamt“)")
    HttpResponse<byte[]> export(
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, Authentication authentication) {
        Csv csv = Csv.withHeader("Kennzahl", "Monat", "Team", "Schlüssel", "Wert");
        OutcomeService.Outcomes o =
                outcomes.outcomes(CurrentUser.of(authentication), month("from", from), month("to", to));
        for (OutcomeRow r : o.rows()) {
            // the JSON keeps the codes; a spreadsheet is read by people: the metric's name and the key's label
            csv.row(
                    OutcomeLabels.metric(r.metric()),
                    r.month(),
                    r.total() ? TOTAL : r.teamId(),
                    r.key() == null ? TOTAL : OutcomeLabels.key(r.metric(), r.key()),
                    r.value().suppressed() ? Csv.SUPPRESSED : r.value().value());
        }
        return csv.download(
                o.reportingDate() == null ? "kennzahlen.csv" : "kennzahlen-" + o.reportingDate() + ".csv",
                o.reportingDate());
    }

    private static YearMonth month(String field, String value) {
        try {
            return value == null ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "Pattern", "Der Monat hat die Form JJJJ-MM.");
        }
    }
}
