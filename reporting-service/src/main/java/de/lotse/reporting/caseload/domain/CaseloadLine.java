package de.lotse.reporting.caseload.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Open cases of one case manager, one team, or of everything the viewer may see (the total line).
 *
 * @param key          the case manager's subject id or the team id; {@code null} for the total line
 * @param openCases    all open cases
 * @param u25          of which customers under 25 at admission
 * @param ue25         of which customers 25 or older (Ü25)
 * @param caseManagers distinct case managers holding these cases (1 on a case manager's own line).
 *                     Lotse has no full-time equivalents yet, so every case manager with an open
 *                     case counts as one full-time post.
 */
public record CaseloadLine(String key, long openCases, long u25, long ue25, long caseManagers) {

    /** Open cases per case manager, one decimal (half up); {@code 0} when there is none. */
    public BigDecimal casesPerCaseManager() {
        if (caseManagers == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(openCases).divide(BigDecimal.valueOf(caseManagers), 1, RoundingMode.HALF_UP);
    }
}
