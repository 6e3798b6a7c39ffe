package de.lotse.platform.testing.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules every answer must keep, whatever was sent: no 5xx (and an answer at all), every 4xx is
 * {@code application/problem+json}, and no body shows a stack trace, an exception or an internal
 * class or package name.
 */
public final class Verdicts {
    /** What must never appear in a body: internals a client should not learn. */
    public static final List<String> LEAKS = List.of(
            "de.lotse.",
            "java.",
            "javax.",
            "jakarta.",
            "io.micronaut.",
            "org.postgresql.",
            "com.fasterxml.",
            "io.netty.",
            "Exception",
            "\tat ");

    private Verdicts() {}

    public static List<String> broken(HttpTarget.Answer answer) {
        return broken(answer, false);
    }

    /**
     * @param otherServiceAway the operation reads a service that is not running: its 503 problem+json is the answer
     *                         it owes, not a failure
     */
    public static List<String> broken(HttpTarget.Answer answer, boolean otherServiceAway) {
        List<String> broken = new ArrayList<>();
        boolean owedUnavailable = otherServiceAway
                && answer.status() == 503
                && answer.contentType().startsWith("application/problem+json");
        if (answer.status() < 0) {
            broken.add("no answer");
        } else if (answer.status() >= 500 && !owedUnavailable) {
            broken.add("answered " + answer.status());
        }
        if (answer.status() >= 400
                && answer.status() < 500
                && !answer.contentType().startsWith("application/problem+json")) {
            broken.add(answer.status() + " with Content-Type '" + answer.contentType()
                    + "' instead of application/problem+json");
        }
        for (String leak : LEAKS) {
            if (answer.body() != null && answer.body().contains(leak)) {
                broken.add("body shows '" + leak.replace("\t", "\\t") + "'");
            }
        }
        return broken;
    }
}
