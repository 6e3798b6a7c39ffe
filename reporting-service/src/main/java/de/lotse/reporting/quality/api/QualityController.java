package de.lotse.reporting.quality.api;

import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.quality.application.QualityService;
import de.lotse.reporting.quality.domain.Cell;
import de.lotse.reporting.quality.domain.Finding;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

@Controller("/api/quality")
@Tag(name = "Qualitätsstandards", description = "Befunde gegen die Richtlinie des Jobcenters: Kontaktdichte, "
        + "Fortführungsprüfung, Vereinbarung, Einstiegsberatung, Höchstdauer")
class QualityController {
    private final QualityService quality;

    QualityController(QualityService quality) {
        this.quality = quality;
    }

    @Serdeable
    @Schema(name = "Befundfall")
    record CaseView(UUID caseId, String caseManagerId, List<String> findings) {
    }

    @Serdeable
    @Schema(name = "Zelle", description = "Anzahl; unter 5 unterdrückt (value fehlt, suppressed = true)")
    record CellView(@Nullable Long value, boolean suppressed) {
        static CellView of(Cell c) {
            return new CellView(c.value(), c.suppressed());
        }
    }

    @Serdeable
    @Schema(name = "Befundzeile")
    record LineView(@Nullable String teamId, CellView openCases, Map<String, CellView> findings) {
        static LineView of(QualityService.Line line) {
            Map<String, CellView> findings = new TreeMap<>();
            line.findings().forEach((f, c) -> findings.put(f.name(), CellView.of(c)));
            return new LineView(line.teamId(), CellView.of(line.openCases()), findings);
        }
    }

    @Serdeable
    @Schema(name = "Befunduebersicht")
    record SummaryView(String jobcenterId, LocalDate day, int policyVersion, LineView total, List<LineView> teams,
                       @Schema(description = "Nichtzuweisungen mit überfälliger Wiedervorlage je AV-Team (nur Leitung)")
                       Map<String, CellView> overdueRechecks) {
    }

    @Get("/cases{?finding}")
    @Secured(Roles.TL)
    @Operation(summary = "Fälle des eigenen Teams je Befund (IDs und Fachkraft; wird protokolliert)")
    List<CaseView> cases(@Nullable @QueryValue Finding finding, Authentication authentication) {
        return quality.teamCases(CurrentUser.of(authentication), finding).stream()
                .map(c -> new CaseView(c.caseId(), c.caseManagerId(), c.findings().stream().map(Enum::name).sorted().toList()))
                .toList();
    }

    @Get("/summary")
    @Secured({Roles.MANAGEMENT, Roles.TL})
    @Operation(summary = "Befunde je Team und für das Jobcenter (Anzahlen unter 5 unterdrückt, keine Fall-IDs)")
    SummaryView summary(Authentication authentication) {
        QualityService.Summary s = quality.summary(CurrentUser.of(authentication));
        Map<String, CellView> rechecks = new TreeMap<>();
        s.overdueRechecks().forEach((team, cell) -> rechecks.put(team, CellView.of(cell)));
        return new SummaryView(s.jobcenterId(), s.day(), s.policyVersion(), LineView.of(s.total()),
                s.teams().stream().map(LineView::of).toList(), rechecks);
    }
}
