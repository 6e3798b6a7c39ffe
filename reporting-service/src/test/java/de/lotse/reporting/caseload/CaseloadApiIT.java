package de.lotse.reporting.caseload;

import de.lotse.reporting.ReportingFixtures;
import io.micronaut.http.HttpRequest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** GET /api/caseload over cases opened through the broker: the helpers the caseload API tests share. */
abstract class CaseloadApiIT extends ReportingFixtures {

    protected void open(String team, String caseManager, String ageGroup) {
        UUID caseId = UUID.randomUUID();
        upstream.publish(jobcenter, caseId, CaseloadFixtures.opened(caseId, team, caseManager, ageGroup));
    }

    /**
     * Waits until the read model holds this many open cases of the Jobcenter. Counted in the table, not
     * through the API: no viewer sees a Jobcenter's total of 1 to 4 (management gets it withheld).
     */
    protected void awaitOpenCases(int total) {
        awaitProjected(() -> openCasesOf(jobcenter) == total);
    }

    protected Map<String, Object> caseload(String token, String groupBy) {
        return client.toBlocking()
                .retrieve(HttpRequest.GET("/api/caseload?groupBy=" + groupBy).bearerAuth(token), JSON_OBJECT);
    }

    /** The rows, comparable by equality (an empty list is left out of the JSON, like every empty value). */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> rows(Map<String, Object> caseload) {
        return ((List<Map<String, Object>>) caseload.getOrDefault("rows", List.of()))
                .stream().map(CaseloadApiIT::comparable).toList();
    }

    /** Cases per FM as "7.0" whether the JSON number came as 7 or 7.0. */
    protected static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> copy = new HashMap<>(row);
        copy.computeIfPresent(
                "casesPerCaseManager",
                (k, v) -> new BigDecimal(v.toString()).setScale(1).toPlainString());
        return copy;
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> totalLine(Map<String, Object> caseload) {
        return comparable((Map<String, Object>) caseload.get("totalLine"));
    }

    /** A row (or, with no key, the total line) with every count shown: nothing suppressed. */
    protected static Map<String, Object> exact(
            String key,
            int openCases,
            int u25,
            int ue25,
            int caseManagers,
            String casesPerCaseManager,
            int limit,
            int utilisationPercent,
            String status) {
        Map<String, Object> row = new java.util.HashMap<>(Map.of(
                "openCases",
                openCases,
                "u25",
                u25,
                "ue25",
                ue25,
                "suppressed",
                false,
                "caseManagers",
                caseManagers,
                "casesPerCaseManager",
                casesPerCaseManager,
                "limit",
                limit,
                "utilisationPercent",
                utilisationPercent,
                "status",
                status));
        if (key != null) {
            row.put("key", key);
        }
        return row;
    }
}
