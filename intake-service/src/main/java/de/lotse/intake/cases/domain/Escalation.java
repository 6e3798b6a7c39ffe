package de.lotse.intake.cases.domain;

import java.time.Instant;

/**
 * The referring AV disagrees with the FM's decline; the team lead decides, finally (TAH 4.1).
 *
 * @param escalatedBy   the AV
 * @param statement     the AV's reasons (stays in intake)
 * @param decidedBy     the team lead, once decided
 * @param admitted      the team lead's decision; {@code null} while open
 * @param decisionNote  the team lead's reasons
 * @param policyVersion the policy version of the team lead's decision
 */
public record Escalation(
        String escalatedBy,
        Instant escalatedAt,
        String statement,
        String decidedBy,
        Instant decidedAt,
        Boolean admitted,
        String decisionNote,
        Integer policyVersion) {

    Escalation decided(String teamLead, Instant at, boolean admit, String note, int version) {
        return new Escalation(escalatedBy, escalatedAt, statement, teamLead, at, admit, note, version);
    }
}
