package de.lotse.reporting.caseload.application;

import de.lotse.platform.policyreference.PolicyReference;
import de.lotse.platform.policyreference.PolicyReferences;
import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.security.CurrentUser;
import de.lotse.reporting.caseload.domain.Caseload;
import de.lotse.reporting.caseload.domain.CaseloadGrouping;
import de.lotse.reporting.caseload.domain.CaseloadRatio;
import de.lotse.reporting.caseload.domain.CaseloadScope;
import de.lotse.reporting.caseload.infrastructure.CaseloadStore;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads the caseload for a caller, restricted to what the caller may see (object-level check
 * here, not only the role check on the endpoint), and measures it against the Jobcenter's
 * Betreuungsschlüssel from its latest {@code policy-changed}. Counts only, no customer data: no
 * audit entry.
 */
@Singleton
public class CaseloadQueries {
    private final CaseloadStore store;
    private final PolicyReferences policies;

    CaseloadQueries(CaseloadStore store, PolicyReferences policies) {
        this.store = store;
        this.policies = policies;
    }

    public Caseload caseload(CurrentUser user, @Nullable String groupBy) {
        CaseloadGrouping grouping = CaseloadGrouping.fromParameter(groupBy)
                .orElseThrow(() -> ProblemException.invalid("groupBy", "OneOf",
                        "groupBy muss 'caseManager' oder 'team' sein."));
        CaseloadScope scope = CaseloadScope.forViewer(user.requireJobcenter(), user.roles(), user.subject(),
                        user.teamId())
                .orElseThrow(() -> ProblemException.forbidden(
                        "Für diese Rolle ist kein Fallbestand sichtbar (Teamleitung ohne Team im Token?)."));
        CaseloadStore.Counts counts = store.openCases(scope, grouping);
        return new Caseload(scope, grouping, counts.lines(), counts.total(), ratio(scope.jobcenterId()).orElse(null));
    }

    /** The ratio of the Jobcenter's current policy; none before its first policy-changed arrived. */
    private Optional<CaseloadRatio> ratio(String jobcenterId) {
        return policies.find(jobcenterId).flatMap(CaseloadQueries::ratio);
    }

    private static Optional<CaseloadRatio> ratio(PolicyReference policy) {
        return CaseloadRatio.of(policy.intSetting(CaseloadRatio.MAX_UE25).orElse(null),
                policy.intSetting(CaseloadRatio.MAX_U25).orElse(null),
                policy.intSetting(CaseloadRatio.TARGET_MIN).orElse(null),
                policy.flag(CaseloadRatio.INCLUDES_LEADS_AND_ASSISTANTS));
    }
}
