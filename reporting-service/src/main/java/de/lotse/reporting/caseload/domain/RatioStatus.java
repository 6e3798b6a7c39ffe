package de.lotse.reporting.caseload.domain;

/** How a caseload stands against the Jobcenter's Betreuungsschlüssel. */
public enum RatioStatus {
    /** Above one full-time case manager's capacity (über der Grenze). */
    OVER,
    /** Between the policy's minimum (if any) and its upper limit (im Rahmen). */
    WITHIN,
    /** Below the minimum the policy sets (unter dem Mindestwert, PANKOW: „nicht unter 1:75“). */
    UNDER,
    /** Nothing to measure against: the policy sets no ratio, or no limit applies to these cases. */
    NONE
}
