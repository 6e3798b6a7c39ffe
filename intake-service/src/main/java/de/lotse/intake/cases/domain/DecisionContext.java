package de.lotse.intake.cases.domain;

import de.lotse.intake.jobcenter.domain.WorkingDays;
import de.lotse.intake.policy.domain.PolicySettings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What every decision on a case is made under: the Jobcenter's policy version in force, the
 * moment (the day in Berlin for date rules), and the Jobcenter's working days, by which deadlines
 * in working days are counted (docs/domain.md §13).
 */
public record DecisionContext(
        PolicySettings settings, int policyVersion, LocalDate today, Instant now, WorkingDays workingDays) {}
