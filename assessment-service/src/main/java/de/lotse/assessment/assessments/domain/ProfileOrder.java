package de.lotse.assessment.assessments.domain;

import de.lotse.platform.codes.ProfileScheme;

import java.util.List;

/**
 * Which way a change of profile or category goes: towards the labour market ("higher", integration
 * progress, UCKERMARK 4.1.4 / 8) or away from it. BA profiles run from market profile to support
 * profile; UCKERMARK categories from A to E, with X, Y and Z (integration not possible for now)
 * below E, and S (self-employed) beside the order.
 */
public final class ProfileOrder {
    public static final String UP = "UP";
    public static final String DOWN = "DOWN";
    public static final String LATERAL = "LATERAL";

    private static final List<String> BA =
            List.of("MARKET", "ACTIVATION", "PROMOTION", "DEVELOPMENT", "STABILISATION", "SUPPORT");
    /** X, Y and Z share the bottom rank: moving between them is no progress. */
    private static final List<String> UCKERMARK = List.of("A", "B", "C", "D", "E", "X");

    private ProfileOrder() {}

    public static String direction(ProfileScheme scheme, String from, String to) {
        if (from == null || from.equals(to)) {
            return LATERAL;
        }
        List<String> order = scheme == ProfileScheme.UCKERMARK_CATEGORIES ? UCKERMARK : BA;
        int a = rank(order, from);
        int b = rank(order, to);
        if (a < 0 || b < 0 || a == b) {
            return LATERAL;
        }
        return b < a ? UP : DOWN;
    }

    private static int rank(List<String> order, String code) {
        return order.indexOf("Y".equals(code) || "Z".equals(code) ? "X" : code);
    }
}
