package de.lotse.intake.jobcenter.api;

import de.lotse.intake.jobcenter.application.JobcenterService;
import de.lotse.intake.jobcenter.domain.Bundesland;
import de.lotse.intake.jobcenter.domain.JobcenterRecord;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.Arrays;
import java.util.List;

@Controller("/api/jobcenter")
@ProblemDocs.Standard
@Tag(
        name = "Jobcenter",
        description = "Stammdaten des eigenen Jobcenters: Name und Anschrift für Schreiben, "
                + "Bundesland und Region für die Feiertage bei Fristen in Arbeitstagen")
class JobcenterController {
    private final JobcenterService jobcenters;

    JobcenterController(JobcenterService jobcenters) {
        this.jobcenters = jobcenters;
    }

    @Get
    @ProblemDocs.NotFound
    @Secured({Roles.FM, Roles.AV, Roles.TL, Roles.MANAGEMENT, Roles.ADMIN})
    @Operation(
            summary = "Stammdaten des eigenen Jobcenters",
            description = "404, solange die Administration sie "
                    + "nicht erfasst hat; bis dahin überspringen Fristen in Arbeitstagen nur Wochenenden und die bundesweiten "
                    + "Feiertage.")
    JobcenterViews.JobcenterView current(Authentication authentication) {
        return view(jobcenters.of(CurrentUser.of(authentication)));
    }

    @Put
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured(Roles.ADMIN)
    @Operation(
            summary = "Stammdaten erfassen oder ändern (Version aus dem Lesen mitschicken; veröffentlicht "
                    + "directory-changed)",
            description = "Die erste Erfassung schickt Version 0. Eine andere Version als die "
                    + "gespeicherte wird mit 409 abgelehnt. Dieselben Angaben wie gespeichert ändern nichts (Wiederholung). "
                    + "Ein unbekanntes Bundesland oder eine Region, die der Feiertagskalender in diesem Land nicht kennt, "
                    + "wird mit 422 abgelehnt.")
    JobcenterViews.JobcenterView save(@Valid @Body JobcenterRequest request, Authentication authentication) {
        return view(jobcenters.save(CurrentUser.of(authentication), request.toEntry(), request.version()));
    }

    @Get("/states")
    @Secured({Roles.FM, Roles.AV, Roles.TL, Roles.MANAGEMENT, Roles.ADMIN})
    @Operation(summary = "Die 16 Bundesländer mit ihren Regionen abweichender Feiertage (Auswahl beim Erfassen)")
    List<JobcenterViews.StateView> states() {
        return Arrays.stream(Bundesland.values())
                .map(state -> JobcenterViews.StateView.of(state, jobcenters.regions(state)))
                .toList();
    }

    private JobcenterViews.JobcenterView view(JobcenterRecord record) {
        return JobcenterViews.JobcenterView.of(record, jobcenters.regions(record.state()));
    }
}
