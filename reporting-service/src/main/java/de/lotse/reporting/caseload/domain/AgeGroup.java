package de.lotse.reporting.caseload.domain;

/** Age group of the customer as case-opened carries it: U25 (unter 25) or UE25 (25 und älter, „Ü25“). */
public enum AgeGroup {
    U25,
    UE25;

    /**
     * The group for a contract code. An unknown code is refused rather than stored: it would be
     * counted as an open case but in neither the U25 nor the Ü25 column, and nobody would notice.
     */
    public static AgeGroup fromCode(String code) {
        for (AgeGroup group : values()) {
            if (group.name().equals(code)) {
                return group;
            }
        }
        throw new IllegalArgumentException("unknown age group code " + code + " (expected U25 or UE25)");
    }
}
