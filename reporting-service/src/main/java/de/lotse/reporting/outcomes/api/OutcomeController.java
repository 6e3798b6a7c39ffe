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

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

@Controller("/api/outcomes")
@ProblemDocs.Standard
@Secured({Roles.MANAGEMENT, Roles.TL})
@Tag(name = "Zugänge, Abgänge, Wirkung", description = "Zugänge nach Weg, Abgänge nach Grund, Verweildauer, "
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
    @Schema(name = "Kennzahl", description = "Ein Wert je Monat, Team und Schlüssel; unter 5 Kund:innen unterdrückt")
    record RowView(String metric, String month,
                   @Nullable @Schema(description = "fehlt in der Summe des Jobcenters (total = true)") String teamId,
                   String key, @Nullable Long value, boolean suppressed,
                   @Schema(description = "Summe des Jobcenters über alle Teams, über seine Kund:innen gezählt "
                           + "(nur für die Leitung)") boolean total) {
        static RowView of(OutcomeRow r) {
            return new RowView(r.metric().name(), r.month(), r.teamId(), r.key(), r.value().value(), r.value().suppressed(),
                    r.total());
        }
    }

    @Get("{?from,to}")
    @Operation(summary = "Kennzahlen je Monat (Standard: die letzten 12 Monate; höchstens 36)",
            description = "Für die Leitung je Team und als Summe des Jobcenters (total = true), für die Teamleitung "
                    + "das eigene Team.")
    List<RowView> outcomes(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                           Authentication authentication) {
        return outcomes.outcomes(CurrentUser.of(authentication), month("from", from), month("to", to)).stream()
                .map(RowView::of).toList();
    }

    @Get(value = "/export{?from,to}", produces = "text/csv")
    @Operation(summary = "Dieselben Kennzahlen als CSV (Semikolon, UTF-8; unterdrückte Werte als „<5“; "
            + "Summe des Jobcenters mit Team „Gesamt“)")
    HttpResponse<byte[]> export(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                Authentication authentication) {
        Csv csv = Csv.withHeader("Kennzahl", "Monat", "Team", "Schlüssel", "Wert");
        for (OutcomeRow r : outcomes.outcomes(CurrentUser.of(authentication), month("from", from), month("to", to))) {
            csv.row(r.metric().name(), r.month(), r.total() ? TOTAL : r.teamId(), r.key(),
                    r.value().suppressed() ? Csv.SUPPRESSED : r.value().value());
        }
        return csv.download("kennzahlen.csv");
    }

    private static YearMonth month(String field, String value) {
        try {
            return value == null ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "Pattern", "Der Monat hat die Form JJJJ-MM.");
        }
    }
}
