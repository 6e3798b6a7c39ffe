package de.lotse.reporting.caseload.domain;

import java.util.Arrays;
import java.util.Optional;

/** How the caseload (Fallbestand) is broken down: per case manager (Fallmanager:in) or per team. */
public enum CaseloadGrouping {
    CASE_MANAGER("caseManager"),
    TEAM("team");

    private final String parameter;

    CaseloadGrouping(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code groupBy} request parameter. */
    public String parameter() {
        return parameter;
    }

    /** The grouping for a {@code groupBy} value; none given means per case manager, unknown means empty. */
    public static Optional<CaseloadGrouping> fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(CASE_MANAGER);
        }
        return Arrays.stream(values())
                .filter(grouping -> grouping.parameter.equals(value))
                .findFirst();
    }
}
