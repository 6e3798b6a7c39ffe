package de.lotse.reporting.quality.api;

import de.lotse.platform.problem.Problem;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.disclosure.domain.Cell;
import de.lotse.reporting.export.Csv;
import de.lotse.reporting.quality.application.QualityService;
import de.lotse.reporting.quality.domain.Finding;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

@Controller("/api/quality")
@ProblemDocs.Standard
@Tag(
        name = "Qualitätsstandards",
        description = "Befunde gegen die Richtlinie des Jobcenters: Kontaktdichte, "
                + "Fortführungsprüfung, Vereinbarung, Fristen für Zuordnung und Einstiegsberatung, Höchstdauer")
@ApiResponse(responseCode = "401", description = "Nicht angemeldet")
@ApiResponse(
        responseCode = "403",
        description = "Rolle oder Geltungsbereich ohne Einsicht",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class QualityController {
    /** German column heads of the findings, in the order of {@link Finding}. */
    private static final Map<Finding, String> HEADS = Map.of(
            Finding.CONTACT_DENSITY_NOT_MET, "Kontaktdichte nicht eingehalten",
            Finding.REVIEW_OVERDUE, "Fortführungsprüfung überfällig",
            Finding.AGREEMENT_EXPIRED, "Vereinbarung abgelaufen oder Überprüfung überfällig",
            Finding.FIRST_CONSULTATION_MISSED, "Einstiegsberatung nicht fristgerecht",
            Finding.MAX_DURATION_EXCEEDED, "Höchstdauer überschritten",
            Finding.SECONDARY_ASSIGNMENT_MISSED, "Zuordnungsfrist verpasst");

    private static final String RECHECKS_HEAD = "Wiedervorlagen nach Nichtvormerkung überfällig";

    private final QualityService quality;

    QualityController(QualityService quality) {
        this.quality = quality;
    }

    @Serdeable
    @Schema(name = "Befundfall")
    record CaseView(
            UUID caseId,

            @Nullable @Schema(description = "fehlt, solange die Vormerkung auf eine Fachkraft wartet")
            String caseManagerId,

            List<String> findings) {}

    @Serdeable
    @Schema(
            name = "Zelle",
            description = "Anzahl; fehlt, wenn geschützt (suppressed = true): für die Leitung "
                    + "weniger als 5 Kund:innen, eine Anzahl innerhalb einer so kleinen Gruppe, oder zurückgehalten, damit "
                    + "sich keine kleine Zahl aus den übrigen zurückrechnen lässt")
    record CellView(@Nullable Long value, boolean suppressed) {
        static CellView of(Cell c) {
            return new CellView(c.value(), c.suppressed());
        }
    }

    @Serdeable
    @Schema(name = "Befundzeile")
    record LineView(
            @Nullable @Schema(description = "Team bzw. Jobcenter; fehlt in der Summenzeile")
            String key,

            @Schema(description = "Offene Fälle") CellView openCases,
            @Schema(description = "davon unter 25") CellView u25,

            @Schema(description = "Vormerkungen, die auf eine Fachkraft warten")
            CellView referred,

            @Nullable @Schema(description = "Fachkräfte mit mindestens einem offenen Fall (nur bundesweit)")
            Long caseManagers,

            @Schema(description = "Fälle je Befund") Map<String, CellView> findings,

            @Nullable
            @Schema(
                    description = "Nichtzuweisungen mit überfälliger Wiedervorlage (nur Leitung: "
                            + "Summe des Jobcenters und bundesweit je Jobcenter; je AV-Team in overdueRechecks)")
            CellView overdueRechecks) {
        static LineView of(QualityService.Line line) {
            Map<String, CellView> findings = new TreeMap<>();
            line.findings().forEach((f, c) -> findings.put(f.name(), CellView.of(c)));
            return new LineView(
                    line.key(),
                    CellView.of(line.openCases()),
                    CellView.of(line.u25()),
                    CellView.of(line.referred()),
                    line.caseManagers(),
                    findings,
                    line.overdueRechecks() == null ? null : CellView.of(line.overdueRechecks()));
        }
    }

    @Serdeable
    @Schema(name = "Befunduebersicht")
    record SummaryView(
            String jobcenterId,

            @Schema(description = "Tag, für den die Befunde ausgewertet sind (Leitung: der Stichtag)")
            LocalDate day,

            @Nullable
            @Schema(
                    description = "Stichtag der Zahlen (Leitung): Stand zum Ende dieses Tages, "
                            + "einmal erhoben und für den ganzen folgenden Tag gleich; fehlt bei der Teamleitung, "
                            + "die ihr Team tagesaktuell und genau sieht")
            LocalDate reportingDate,

            @Nullable @Schema(description = "Wann die Zahlen des Stichtags erhoben wurden")
            Instant takenAt,

            int policyVersion,
            LineView total,
            @Schema(description = "Eine Zeile je Team") List<LineView> teams,

            @Schema(description = "Nichtzuweisungen mit überfälliger Wiedervorlage je AV-Team (nur Leitung)")
            Map<String, CellView> overdueRechecks) {}

    @Serdeable
    @Schema(name = "BundesweiteUebersicht")
    record NationalView(
            @Nullable @Schema(description = "Tag, bis zu dem alle Befunde ausgewertet sind")
            LocalDate day,

            @Schema(
                    description = "Stichtag der Zahlen: Stand zum Ende dieses Tages, einmal erhoben und "
                            + "für den ganzen folgenden Tag gleich")
            LocalDate reportingDate,

            @Schema(description = "Wann die Zahlen des Stichtags erhoben wurden")
            Instant takenAt,

            LineView total,
            @Schema(description = "Eine Zeile je Jobcenter") List<LineView> jobcenters) {}

    @Get("/cases{?finding}")
    @Secured(Roles.TL)
    @Operation(
            summary = "Fälle des eigenen Teams je Befund (IDs und Fachkraft; wird protokolliert)",
            description = "Namen löst die Oberfläche über den Fallzugang auf. Ohne finding: alle Fälle mit mindestens "
                    + "einem Befund.")
    List<CaseView> cases(@Nullable @QueryValue Finding finding, Authentication authentication) {
        return quality.teamCases(CurrentUser.of(authentication), finding).stream()
                .map(c -> new CaseView(
                        c.caseId(),
                        c.caseManagerId(),
                        c.findings().stream().map(Enum::name).sorted().toList()))
                .toList();
    }

    @Get(value = "/cases/export{?finding}", produces = "text/csv")
    @Secured(Roles.TL)
    @Operation(summary = "Dieselbe Fallliste als CSV (wird protokolliert)")
    HttpResponse<byte[]> casesExport(@Nullable @QueryValue Finding finding, Authentication authentication) {
        List<String> head = new ArrayList<>(List.of("Fall", "Fachkraft"));
        for (Finding f : Finding.values()) {
            head.add(HEADS.get(f));
        }
        Csv csv = Csv.withHeader(head.toArray(String[]::new));
        for (QualityService.CaseFindings c : quality.teamCases(CurrentUser.of(authentication), finding)) {
            List<Object> row = new ArrayList<>(List.of(c.caseId(), c.caseManagerId() == null ? "" : c.caseManagerId()));
            for (Finding f : Finding.values()) {
                row.add(c.findings().contains(f) ? "ja" : "");
            }
            csv.row(row);
        }
        return csv.download("befunde-faelle.csv");
    }

    @Get("/summary")
    @Secured({Roles.MANAGEMENT, Roles.TL})
    @Operation(
            summary = "Befunde je Team und für das Jobcenter (keine Fall-IDs)",
            description = "Leitung: die Zahlen des Stichtags (Ende des Vortags), kleine Anzahlen und was sie verraten "
                    + "würde geschützt. Teamleitung: das eigene Team tagesaktuell und genau.")
    SummaryView summary(Authentication authentication) {
        QualityService.Summary s = quality.summary(CurrentUser.of(authentication));
        Map<String, CellView> rechecks = new TreeMap<>();
        s.overdueRechecks().forEach((team, cell) -> rechecks.put(team, CellView.of(cell)));
        return new SummaryView(
                s.jobcenterId(),
                s.day(),
                s.reportingDate(),
                s.takenAt(),
                s.policyVersion(),
                LineView.of(s.total()),
                s.teams().stream().map(LineView::of).toList(),
                rechecks);
    }

    @Get(value = "/summary/export", produces = "text/csv")
    @Secured({Roles.MANAGEMENT, Roles.TL})
    @Operation(summary = "Dieselbe Übersicht als CSV (Semikolon, UTF-8; geschützte Werte als „geschützt“)")
    HttpResponse<byte[]> summaryExport(Authentication authentication) {
        QualityService.Summary s = quality.summary(CurrentUser.of(authentication));
        // management: the overdue re-checks as one more column; they belong to AV teams, which hold no
        // cases, so an AV team gets a line of its own with the case columns left empty
        boolean rechecks = s.total().overdueRechecks() != null;
        Csv csv = header("Team", false, rechecks);
        Map<String, QualityService.Line> teams = new TreeMap<>();
        s.teams().forEach(line -> teams.put(line.key(), line));
        Set<String> keys = new TreeSet<>(teams.keySet());
        if (rechecks) {
            keys.addAll(s.overdueRechecks().keySet());
        }
        for (String key : keys) {
            String overdue = rechecks ? text(s.overdueRechecks().getOrDefault(key, Cell.exact(0))) : null;
            QualityService.Line line = teams.get(key);
            if (line != null) {
                row(csv, key, line, overdue);
            } else {
                List<Object> row = new ArrayList<>(List.of(key, "", "", ""));
                Arrays.stream(Finding.values()).forEach(f -> row.add(""));
                row.add(overdue);
                csv.row(row);
            }
        }
        row(csv, "Gesamt", s.total(), rechecks ? text(s.total().overdueRechecks()) : null);
        return csv.download("befunde-" + s.day() + ".csv", s.reportingDate());
    }

    @Get("/national")
    @Secured(Roles.MANAGEMENT)
    @Operation(
            summary = "Bundesweit: Fallbestand, Befunde und überfällige Wiedervorlagen je Jobcenter",
            description = "Nur für Leitungstokens mit reportingScope = NATIONAL. Die Zahlen des Stichtags (Ende des "
                    + "Vortags) aus den fortlaufend geführten Zählern, nicht aus den einzelnen Fällen; kleine Anzahlen "
                    + "und was sie verraten würde geschützt, keine Fall-IDs.")
    NationalView national(Authentication authentication) {
        QualityService.National n = quality.national(CurrentUser.of(authentication));
        return new NationalView(
                n.day(),
                n.reportingDate(),
                n.takenAt(),
                LineView.of(n.total()),
                n.jobcenters().stream().map(LineView::of).toList());
    }

    @Get(value = "/national/export", produces = "text/csv")
    @Secured(Roles.MANAGEMENT)
    @Operation(summary = "Dieselbe bundesweite Übersicht als CSV")
    HttpResponse<byte[]> nationalExport(Authentication authentication) {
        QualityService.National n = quality.national(CurrentUser.of(authentication));
        Csv csv = header("Jobcenter", true, true);
        n.jobcenters().forEach(line -> row(csv, line.key(), line, text(line.overdueRechecks())));
        row(csv, "Gesamt", n.total(), text(n.total().overdueRechecks()));
        return csv.download("befunde-bundesweit-" + n.reportingDate() + ".csv", n.reportingDate());
    }

    private static Csv header(String keyHead, boolean caseManagers, boolean overdueRechecks) {
        List<String> head =
                new ArrayList<>(List.of(keyHead, "Offene Fälle", "davon U25", "Vormerkungen ohne Fachkraft"));
        if (caseManagers) {
            head.add("Fachkräfte mit Fällen");
        }
        for (Finding f : Finding.values()) {
            head.add(HEADS.get(f));
        }
        if (overdueRechecks) {
            head.add(RECHECKS_HEAD);
        }
        return Csv.withHeader(head.toArray(String[]::new));
    }

    /** A line; {@code overdueRechecks} is the re-check column's text, none where the table has no such column. */
    private static void row(Csv csv, String key, QualityService.Line line, String overdueRechecks) {
        List<Object> row =
                new ArrayList<>(List.of(key, text(line.openCases()), text(line.u25()), text(line.referred())));
        if (line.caseManagers() != null) {
            row.add(line.caseManagers());
        }
        for (Finding f : Finding.values()) {
            row.add(text(line.findings().get(f)));
        }
        if (overdueRechecks != null) {
            row.add(overdueRechecks);
        }
        csv.row(row);
    }

    private static String text(Cell cell) {
        return cell.suppressed() ? Csv.SUPPRESSED : String.valueOf(cell.value());
    }
}
