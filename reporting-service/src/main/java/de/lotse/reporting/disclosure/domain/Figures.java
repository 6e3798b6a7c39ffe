package de.lotse.reporting.disclosure.domain;

/**
 * Identifiers of the figures management and the national view can obtain, one per cell of their answers
 * (JSON and CSV show the same cells). Fields: {@code O} open cases, {@code U} of them U25, {@code E} Ü25,
 * {@code R} referrals waiting for an FM, {@code F|<finding>} cases with the finding, {@code K} overdue
 * re-checks.
 */
public final class Figures {
    public static final String OPEN = "O";
    public static final String U25 = "U";
    public static final String UE25 = "E";
    public static final String REFERRED = "R";
    public static final String RECHECKS = "K";
    /** Stands for "all" in a team or key position. */
    public static final String ALL = "*";

    private Figures() {}

    public static String finding(String finding) {
        return "F|" + finding;
    }

    /** A case manager's line of the caseload. */
    public static String caseManager(String caseManagerId, String field) {
        return "fm|" + caseManagerId + "|" + field;
    }

    /** A team's line (caseload per team and quality summary). */
    public static String team(String teamId, String field) {
        return "team|" + teamId + "|" + field;
    }

    /** The Jobcenter's total line. */
    public static String jobcenter(String field) {
        return "jc|" + field;
    }

    /** An AV team's overdue re-checks. */
    public static String recheck(String avTeam) {
        return "recheck|" + avTeam;
    }

    /** A case manager's open cases in one team (never published: links the two breakdowns). */
    public static String pair(String teamId, String caseManagerId, String field) {
        return "x|" + teamId + "|" + caseManagerId + "|" + field;
    }

    /**
     * An outcome cell; {@code teamId} none for the Jobcenter, {@code key} none for all keys. The closures'
     * durations over all classes are the closures over all reasons: one figure.
     */
    public static String flow(String metric, String month, String teamId, String key) {
        String m = "DURATION".equals(metric) && key == null ? "CLOSURES" : metric;
        return "out|" + m + "|" + month + "|" + (teamId == null ? ALL : teamId) + "|" + (key == null ? ALL : key);
    }

    /** A Jobcenter's line of the national view ({@code jobcenterId} none: the country's total). */
    public static String national(String jobcenterId, String field) {
        return "nat|" + (jobcenterId == null ? ALL : jobcenterId) + "|" + field;
    }
}
