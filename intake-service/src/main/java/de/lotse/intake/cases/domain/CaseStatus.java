package de.lotse.intake.cases.domain;

import java.util.Set;

/** Lifecycle of a bFM case (docs/domain.md §3). */
public enum CaseStatus {
    /** vorgemerkt — referred, waiting for the FM's admission decision */
    REFERRED,
    /** abgelehnt — the FM declined; the referring AV may escalate the disagreement once */
    DECLINED,
    /** eskaliert — AV and FM disagree; the team lead decides, finally */
    ESCALATED,
    /** nicht aufgenommen — the team lead declined after an escalation (final) */
    NOT_ADMITTED,
    /** aufgenommen — admitted, until the first consultation (TAH: secondary support) */
    ADMITTED,
    /** in Betreuung — first consultation held, primary support (Hauptbetreuung) */
    ACTIVE,
    /** beendet — closed with a reason (Fallabgang) */
    CLOSED;

    /** States in which the customer has a referral or case in progress: at most one per customer. */
    public static final Set<CaseStatus> IN_PROGRESS = Set.of(REFERRED, ESCALATED, ADMITTED, ACTIVE);
    /** States of an open case in case management. */
    public static final Set<CaseStatus> OPEN = Set.of(ADMITTED, ACTIVE);

    public boolean open() {
        return OPEN.contains(this);
    }
}
