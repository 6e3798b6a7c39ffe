package de.lotse.platform.testing.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the fuzzer sent to one operation and what came back. */
public final class OperationRun {
    /** A request whose answer broke a rule. */
    public record Finding(FuzzRequest request, HttpTarget.Answer answer, List<String> broken) {
        public String show(long seed) {
            return request.operation().key() + " [" + request.description() + "]: " + String.join("; ", broken)
                    + "\n  seed " + seed + ", request:\n    " + request.show()
                    + "\n  answer: " + answer.status() + " " + answer.contentType() + " "
                    + Texts.excerpt(answer.body(), 400);
        }
    }

    final ApiOperation operation;
    final long seed;
    FuzzRequest validRequest;
    HttpTarget.Answer validAnswer;
    String role;
    int requests;
    int unsendable;
    long millis;
    final Map<Integer, Integer> histogram = new TreeMap<>();
    final List<Finding> findings = new ArrayList<>();
    /** Each status seen that the document does not name, with the first request that caused it. */
    final Map<Integer, FuzzRequest> undocumented = new LinkedHashMap<>();

    String setupError;
    /** the operation reads another service that is not running in this test: its valid request answers 503 */
    boolean otherServiceAway;

    OperationRun(ApiOperation operation, long seed) {
        this.operation = operation;
        this.seed = seed;
    }

    public ApiOperation operation() {
        return operation;
    }

    public long seed() {
        return seed;
    }

    public int requests() {
        return requests;
    }

    public long millis() {
        return millis;
    }

    public Map<Integer, Integer> histogram() {
        return histogram;
    }

    public List<Finding> findings() {
        return findings;
    }

    public String role() {
        return role;
    }

    /**
     * Where the operation's document and its real answers differ: the valid request must answer the
     * one documented success status, and every status seen must be documented.
     */
    public List<String> documentationMismatches() {
        List<String> mismatches = new ArrayList<>();
        if (setupError != null) {
            mismatches.add(setupError);
            return mismatches;
        }
        Integer documented = operation.documentedSuccess().orElse(null);
        if (documented == null) {
            mismatches.add("the document names no single success status: " + operation.responses());
        } else if (otherServiceAway) {
            if (validAnswer.status() != 503 || !operation.responses().contains("503")) {
                mismatches.add("the valid request of an operation whose other service is away answered "
                        + validAnswer.status() + "; expected the documented 503 (" + operation.responses() + ")");
            }
        } else if (validAnswer.status() != documented) {
            mismatches.add("the valid request answered " + validAnswer.status() + ", the document says " + documented
                    + "\n    request: " + validRequest.show()
                    + "\n    answer: " + Texts.excerpt(validAnswer.body(), 400));
        }
        undocumented.forEach(
                (status, request) -> mismatches.add("answered " + status + " (e.g. to [" + request.description()
                        + "]), which the document does not name (it names " + operation.responses() + ")"));
        return mismatches;
    }

    /** The rules every answer must keep (see {@link Verdicts}), with the seed and request of each failure. */
    public List<String> ruleViolations() {
        List<String> shown = new ArrayList<>();
        if (setupError != null) {
            shown.add(setupError);
        }
        findings.forEach(finding -> shown.add(finding.show(seed)));
        return shown;
    }

    public String summary() {
        return String.format(
                "%-70s %-11s %4d requests %6d ms  %s",
                operation.key(), role == null ? "-" : role, requests, millis, histogram);
    }
}
