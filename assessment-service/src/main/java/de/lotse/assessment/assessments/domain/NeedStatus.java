package de.lotse.assessment.assessments.domain;

/** Bearbeitungsstand of a need (UCKERMARK 4.1.1). */
public enum NeedStatus {
    /** erkannt */
    IDENTIFIED,
    /** in Bearbeitung */
    IN_PROGRESS,
    /** erfolglos bearbeitet */
    WORKED_WITHOUT_SUCCESS,
    /** erfolgreich erledigt */
    RESOLVED
}
