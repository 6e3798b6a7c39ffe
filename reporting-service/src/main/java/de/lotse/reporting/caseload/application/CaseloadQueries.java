package de.lotse.reporting.caseload.application;

import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.caseload.infrastructure.CaseloadStore;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Who may see which part of the caseload: management the whole Jobcenter, a team lead their
 * team, a case manager their own line.
 */
@Singleton
public class CaseloadQueries {
    private final CaseloadStore store;

    CaseloadQueries(CaseloadStore store) {
        this.store = store;
    }

    public Caseload caseload(CurrentUser user, String groupBy) {
        CaseloadGrouping grouping = CaseloadGrouping.fromParameter(groupBy == null ? "caseManager" : groupBy)
                .orElseThrow(() -> ProblemException.invalid("groupBy", "OneOf",
                        "groupBy muss 'caseManager' oder 'team' sein."));
        String jobcenterId = user.requireJobcenter();
        String team = null;
        String caseManager = null;
        if (!user.has(Roles.MANAGEMENT)) {
            if (user.has(Roles.TL)) {
                team = requireTeam(user);
            } else {
                caseManager = user.subject();
            }
        }
        List<CaseloadRow> rows = store.openCases(jobcenterId, grouping, team, caseManager);
        return new Caseload(jobcenterId, grouping.parameter(), rows,
                rows.stream().mapToLong(CaseloadRow::openCases).sum());
    }

    private static String requireTeam(CurrentUser user) {
        if (user.teamId() == null) {
            throw ProblemException.forbidden("Das Token einer Teamleitung enthält kein Team (teamId).");
        }
        return user.teamId();
    }
}
