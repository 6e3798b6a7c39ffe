package de.lotse.reporting.caseload.application;

import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.InvalidInput;
import de.lotse.platform.policyreference.PolicyReference;
import de.lotse.platform.policyreference.PolicyReferences;
import de.lotse.platform.security.CurrentUser;
import de.lotse.reporting.caseload.domain.Caseload;
import de.lotse.reporting.caseload.domain.CaseloadGrouping;
import de.lotse.reporting.caseload.domain.CaseloadLine;
import de.lotse.reporting.caseload.domain.CaseloadRatio;
import de.lotse.reporting.caseload.domain.CaseloadScope;
import de.lotse.reporting.caseload.infrastructure.CaseloadStore;
import de.lotse.reporting.disclosure.application.PublishedFigures;
import de.lotse.reporting.disclosure.application.StockFigures;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the caseload for a caller, restricted to what the caller may see (object-level check
 * here, not only the role check on the endpoint), and measures it against the Jobcenter's
 * Betreuungsschlüssel from its latest {@code policy-changed}. Management reads the figures of the
 * reporting date with small counts and their complements withheld ({@link PublishedFigures}); a team lead and a
 * case manager read their own lines live and exactly. Counts only, no customer data: no audit entry.
 */
@Singleton
public class CaseloadQueries {
    private final CaseloadStore store;
    private final PolicyReferences policies;
    private final PublishedFigures published;

    CaseloadQueries(CaseloadStore store, PolicyReferences policies, PublishedFigures published) {
        this.store = store;
        this.policies = policies;
        this.published = published;
    }

    public Caseload caseload(CurrentUser user, @Nullable String groupBy) {
        CaseloadGrouping grouping = CaseloadGrouping.fromParameter(groupBy)
                .orElseThrow(
                        () -> new InvalidInput("groupBy", "OneOf", "groupBy muss 'caseManager' oder 'team' sein."));
        CaseloadScope scope = CaseloadScope.forViewer(
                        user.requireJobcenter(), user.roles(), user.subject(), user.teamId())
                .orElseThrow(() -> new AccessDenied(
                        "Für diese Rolle ist kein Fallbestand sichtbar (Teamleitung ohne Team im Token?)."));
        if (scope.teamId() == null && scope.caseManagerId() == null) {
            return ofReportingDate(scope, grouping, published.stock(scope.jobcenterId()));
        }
        CaseloadStore.Counts counts = store.openCases(scope, grouping);
        return Caseload.exact(
                scope,
                grouping,
                counts.lines(),
                counts.total(),
                ratio(scope.jobcenterId()).orElse(null));
    }

    /** The Jobcenter's caseload as taken for the reporting date, from its open cases per team and case manager. */
    static Caseload ofReportingDate(CaseloadScope scope, CaseloadGrouping grouping, StockFigures stock) {
        Map<String, long[]> lines = new TreeMap<>();
        TreeSet<String> caseManagers = new TreeSet<>();
        long u25 = 0;
        long ue25 = 0;
        for (StockFigures.Pair pair : stock.pairs()) {
            String key = grouping == CaseloadGrouping.TEAM ? pair.teamId() : pair.caseManagerId();
            long[] line = lines.computeIfAbsent(key, k -> new long[3]);
            line[0] += pair.u25();
            line[1] += pair.ue25();
            line[2]++;
            caseManagers.add(pair.caseManagerId());
            u25 += pair.u25();
            ue25 += pair.ue25();
        }
        List<CaseloadLine> rows = lines.entrySet().stream()
                .map(e -> new CaseloadLine(
                        e.getKey(),
                        e.getValue()[0] + e.getValue()[1],
                        e.getValue()[0],
                        e.getValue()[1],
                        grouping == CaseloadGrouping.TEAM ? e.getValue()[2] : 1))
                .toList();
        return new Caseload(
                scope,
                grouping,
                rows,
                new CaseloadLine(null, u25 + ue25, u25, ue25, caseManagers.size()),
                ratio(stock.ratio()),
                stock.reportingDate(),
                stock.takenAt(),
                stock.withheld());
    }

    /** The ratio as taken with the reporting date's figures (plain values there); none where the policy set none. */
    private static CaseloadRatio ratio(StockFigures.Ratio ratio) {
        return ratio == null
                ? null
                : new CaseloadRatio(
                        ratio.maxUe25(), ratio.maxU25(), ratio.targetMin(), ratio.includesLeadsAndAssistants());
    }

    /** The ratio of the Jobcenter's current policy; none before its first policy-changed arrived. */
    private Optional<CaseloadRatio> ratio(String jobcenterId) {
        return policies.find(jobcenterId).flatMap(CaseloadQueries::ratio);
    }

    private static Optional<CaseloadRatio> ratio(PolicyReference policy) {
        return CaseloadRatio.of(
                policy.intSetting(CaseloadRatio.MAX_UE25).orElse(null),
                policy.intSetting(CaseloadRatio.MAX_U25).orElse(null),
                policy.intSetting(CaseloadRatio.TARGET_MIN).orElse(null),
                policy.flag(CaseloadRatio.INCLUDES_LEADS_AND_ASSISTANTS));
    }
}
