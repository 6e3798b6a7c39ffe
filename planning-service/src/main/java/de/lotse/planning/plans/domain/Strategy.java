package de.lotse.planning.plans.domain;

import de.lotse.platform.codes.KeyGroup;

import java.util.UUID;

/**
 * A strategy (Handlungsstrategie) addressing one need and ending in an intermediate goal
 * (UCKERMARK 4.1.3: every identified need leads to a strategy).
 */
public record Strategy(UUID id, UUID needId, KeyGroup keyGroup, String text, UUID intermediateGoalId) {}
