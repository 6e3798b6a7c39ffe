package de.lotse.intake.cases.domain;

import de.lotse.intake.policy.domain.PolicySettings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What every decision on a case is made under: the Jobcenter's policy version in force, and the
 * moment (the day in Berlin for date rules).
 */
public record DecisionContext(PolicySettings settings, int policyVersion, LocalDate today, Instant now) {
}
