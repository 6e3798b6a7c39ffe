package de.lotse.reporting.quality.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What reporting knows of an open case for the quality standards, all from events.
 *
 * @param caseId
 * @param teamId
 * @param caseManagerId
 * @param admittedOn
 * @param firstConsultationDueOn
 * @param firstConsultationHeldOn
 * @param maxDurationEndsOn
 * @param agreementValidUntil
 * @param nextReviewDueOn       from the latest continuation review; none before the first
 * @param extensionUntil        end of the latest approved extension
 * @param categoryCode          latest profile/category
 */
public record CaseStatus(UUID caseId, String teamId, String caseManagerId, LocalDate admittedOn,
                         LocalDate firstConsultationDueOn, LocalDate firstConsultationHeldOn, LocalDate maxDurationEndsOn,
                         LocalDate agreementValidUntil, LocalDate nextReviewDueOn, LocalDate extensionUntil,
                         String categoryCode) {
}
