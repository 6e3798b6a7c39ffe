package de.lotse.assessment.assessments.domain;

/** One dimension of the co-rated scale: the customer's and the FM's rating, each 1 … 5. */
public record Rating(int customer, int caseManager) {}
