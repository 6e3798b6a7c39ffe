package de.lotse.assessment.assessments.domain;

/** A strength or resource of the customer; the description is free text (protected). */
public record Strength(StrengthKind kind, String description) {}
