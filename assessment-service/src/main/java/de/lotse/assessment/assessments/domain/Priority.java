package de.lotse.assessment.assessments.domain;

/** Priority of a need in the order of work. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
