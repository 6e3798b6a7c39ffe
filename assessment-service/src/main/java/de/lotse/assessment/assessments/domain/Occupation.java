package de.lotse.assessment.assessments.domain;

/**
 * A target occupation or activity (Zielberuf / Zieltätigkeit).
 *
 * @param title     e.g. "Fachlagerist/in"
 * @param kldbCode  the 5-digit code of the Klassifikation der Berufe 2010, if known
 */
public record Occupation(String title, String kldbCode) {}
