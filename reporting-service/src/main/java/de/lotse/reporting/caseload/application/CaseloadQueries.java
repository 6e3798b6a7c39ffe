package de.lotse.reporting.caseload.application;

import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.security.CurrentUser;
import de.lotse.reporting.caseload.domain.Caseload;
import de.lotse.reporting.caseload.domain.CaseloadGrouping;
import de.lotse.reporting.caseload.domain.CaseloadScope;
import de.lotse.reporting.caseload.infrastructure.CaseloadStore;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Reads the caseload for a caller, restricted to what the caller may see (object-level check
 * here, not only the role check on the endpoint). Counts only, no customer data: no audit entry.
 */
@Singleton
public class CaseloadQueries {
    private final CaseloadStore store;

    CaseloadQueries(CaseloadStore store) {
        this.store = store;
    }

    public Caseload caseload(CurrentUser user, @Nullable String groupBy) {
        CaseloadGrouping grouping = CaseloadGrouping.fromParameter(groupBy)
                .orElseThrow(() -> ProblemException.invalid("groupBy", "OneOf",
                        "groupBy muss 'caseManager' oder 'team' sein."));
        CaseloadScope scope = CaseloadScope.forViewer(user.requireJobcenter(), user.roles(), user.subject(),
                        user.teamId())
                .orElseThrow(() -> ProblemException.forbidden(
                        "Für diese Rolle ist kein Fallbestand sichtbar (Teamleitung ohne Team im Token?)."));
        return new Caseload(scope, grouping, store.openCases(scope, grouping));
    }
}
