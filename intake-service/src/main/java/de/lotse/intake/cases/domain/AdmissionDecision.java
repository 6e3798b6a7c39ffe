package de.lotse.intake.cases.domain;

import java.time.LocalDate;

/**
 * An admission as the FM (or, after an escalation, the team lead) decides it.
 *
 * @param decidedBy             subject of the deciding FM or team lead
 * @param decidedByRole         FM or TL
 * @param caseManagerId         the FM who takes the case
 * @param customerWilling       the customer's willingness to take part (indispensable, PANKOW 4.3)
 * @param admittedOn            defaults to today
 * @param jointCaseDiscussionOn the joint case discussion of AV and FM, where the policy requires it
 * @param variant               full handover (the rule) or accompanying support
 * @param overCaseloadOverride  a team lead allowed going beyond the caseload ratio
 */
public record AdmissionDecision(
        String decidedBy,
        String decidedByRole,
        String caseManagerId,
        boolean customerWilling,
        LocalDate admittedOn,
        LocalDate jointCaseDiscussionOn,
        SupportVariant variant,
        boolean overCaseloadOverride) {}
