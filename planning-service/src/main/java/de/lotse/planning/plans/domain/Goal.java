package de.lotse.planning.plans.domain;

import de.lotse.platform.codes.KeyGroup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of the plan: the lead goal (Leitziel) names its target category (one of the five key
 * groups, UCKERMARK 4.1.4); intermediate goals (Zwischenziele) end strategies.
 */
public record Goal(UUID id, String text, KeyGroup targetCategory, LocalDate targetDate) {}
