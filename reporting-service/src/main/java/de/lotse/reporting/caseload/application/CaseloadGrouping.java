package de.lotse.reporting.caseload.application;

import java.util.Arrays;
import java.util.Optional;

/** How the caseload is broken down: per case manager (Fallmanager:in) or per team. */
public enum CaseloadGrouping {
    CASE_MANAGER("caseManager"),
    TEAM("team");

    private final String parameter;

    CaseloadGrouping(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<CaseloadGrouping> fromParameter(String value) {
        return Arrays.stream(values()).filter(g -> g.parameter.equals(value)).findFirst();
    }
}
