package de.lotse.planning.plans.domain;

/**
 * The customer as a printed document addresses them, read from intake for this one print (docs/architecture.md, Names and letters):
 * planning stores no names.
 */
public record Recipient(String customerNumber, String firstName, String lastName) {}
