package de.lotse.reporting.quality.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A case's stored findings and where it counts: the row reporting keeps per referred or open case.
 *
 * @param caseManagerId  empty while the referral waits for an FM
 * @param ageGroup       U25, UE25 or empty when not known yet
 * @param policyVersion  the Jobcenter's policy version the findings were evaluated under (0: none yet)
 * @param changesOn      the first day on which the calendar alone may change the findings
 */
public record CaseQuality(
        UUID caseId,
        String jobcenterId,
        String teamId,
        String caseManagerId,
        String ageGroup,
        CaseStatus.Stage stage,
        Set<Finding> findings,
        int policyVersion,
        LocalDate evaluatedOn,
        LocalDate changesOn) {

    /** The counters of {@link Tally} in their order: open cases, of them U25, referred, then one per finding. */
    public static final int COUNTERS = 3 + Finding.values().length;

    public Tally.Key tallyKey() {
        return new Tally.Key(jobcenterId, teamId, caseManagerId);
    }

    /** What this case adds to its tally row. */
    public long[] counts() {
        long[] counts = new long[COUNTERS];
        if (stage == CaseStatus.Stage.OPEN) {
            counts[0] = 1;
            counts[1] = "U25".equals(ageGroup) ? 1 : 0;
        } else {
            counts[2] = 1;
        }
        for (Finding f : findings) {
            counts[3 + f.ordinal()] = 1;
        }
        return counts;
    }

    /** Whether the row would count and list the same as the other (the evaluation day aside). */
    public boolean sameStanding(CaseQuality other) {
        return other != null
                && tallyKey().equals(other.tallyKey())
                && ageGroup.equals(other.ageGroup)
                && stage == other.stage
                && findings.equals(other.findings);
    }
}
