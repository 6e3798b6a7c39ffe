package de.lotse.reporting.caseload.application;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Open cases of one case manager or team.
 *
 * @param key       case manager subject id or team id
 * @param openCases all open cases
 * @param u25       of which customers under 25 at referral
 * @param ue25      of which customers 25 or older
 */
@Serdeable
public record CaseloadRow(String key, long openCases, long u25, long ue25) {
}
