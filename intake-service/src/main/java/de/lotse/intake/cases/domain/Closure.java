package de.lotse.intake.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The end of case management (Fallabgang).
 *
 * @param reasonCode      from the policy's closure catalogue
 * @param integration     the reason is an integration outcome
 * @param handover        the warm handover to the AV, where the reason returns the customer to the AV
 * @param afterCareUntil  after-care (Nachbetreuung) after an integration, if agreed
 * @param note            free text, stays in intake
 * @param successorCaseId the case referred at the new Jobcenter after a move
 */
public record Closure(
        String reasonCode,
        boolean integration,
        LocalDate closedOn,
        Instant closedAt,
        String closedBy,
        Handover handover,
        LocalDate afterCareUntil,
        String note,
        UUID successorCaseId,
        int policyVersion) {}
