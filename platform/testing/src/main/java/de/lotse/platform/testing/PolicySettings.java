package de.lotse.platform.testing;

import java.util.Map;

/**
 * The settings of the seeds' presets that downstream services apply, as {@code policy-changed}
 * carries them (flattened), for tests of planning and reporting.
 */
public final class PolicySettings {
    /**
     * ≥ 10 counted contacts a year, never more than 2 months apart; extension with the team lead (PANKOW 4.5, 6);
     * 90 customers per full-time FM, U25 and Ü25 alike, not below 1:75 (6).
     */
    public static final Map<String, String> PANKOW = Map.of(
            "contactRule.minPerYear",
            "10",
            "contactRule.maxGapMonths",
            "2",
            "contactRule.countedFormats",
            "IN_PERSON,PHONE,VISIT,WALK_AND_TALK,CASE_CONFERENCE,NETWORK",
            "continuationReviewMonths",
            "6",
            "maxDurationExtension",
            "TEAM_LEAD_APPROVAL",
            "caseloadRatio.maxUe25",
            "90",
            "caseloadRatio.maxU25",
            "90",
            "caseloadRatio.targetMin",
            "75",
            "caseloadRatio.includesLeadsAndAssistants",
            "false");
    /** Monthly contact; no extension, but a running AGH continues FM past 3 years (TAH 4.2, 4.11); 1:75 (8). */
    public static final Map<String, String> TAH = Map.of(
            "contactRule.maxGapMonths",
            "1",
            "contactRule.countedFormats",
            "CASE_CONFERENCE,IN_PERSON,NETWORK,PHONE,VIDEO,VISIT,WALK_AND_TALK",
            "continuationReviewMonths",
            "6",
            "maxDurationExtension",
            "NONE",
            "aghContinuesBeyondMaxDuration",
            "true",
            "caseloadRatio.maxUe25",
            "75",
            "caseloadRatio.maxU25",
            "75",
            "caseloadRatio.includesLeadsAndAssistants",
            "false");
    /**
     * Contact by category: A monthly, B every 3 months, others every 6, none for X, Y, Z (UCKERMARK 4.1.1, 4.1.4,
     * 4.2); 150 Ü25 or 75 U25 per full-time FM, leads and assistants included (2.2, 2.3).
     */
    public static final Map<String, String> UCKERMARK = Map.of(
            "contactRule.maxGapMonths",
            "6",
            "contactRule.maxGapMonthsByCategory.A",
            "1",
            "contactRule.maxGapMonthsByCategory.B",
            "3",
            "contactRule.exemptCategories",
            "X,Y,Z",
            "contactRule.countedFormats",
            "IN_PERSON,PHONE,VIDEO,VISIT,WALK_AND_TALK,CASE_CONFERENCE,NETWORK",
            "continuationReviewMonths",
            "6",
            "caseloadRatio.maxUe25",
            "150",
            "caseloadRatio.maxU25",
            "75",
            "caseloadRatio.includesLeadsAndAssistants",
            "true");

    private PolicySettings() {}
}
