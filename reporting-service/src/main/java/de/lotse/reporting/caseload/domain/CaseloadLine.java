package de.lotse.reporting.caseload.domain;

/**
 * Open cases of one case manager or team.
 *
 * @param key       the case manager's subject id or the team id
 * @param openCases all open cases
 * @param u25       of which customers under 25 at admission
 * @param ue25      of which customers 25 or older (Ü25)
 */
public record CaseloadLine(String key, long openCases, long u25, long ue25) {
}
