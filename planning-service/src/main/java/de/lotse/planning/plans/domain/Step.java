package de.lotse.planning.plans.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A concrete step with its owner and due date (docs/domain.md §6). */
public record Step(
        UUID id, UUID strategyId, String text, StepOwner owner, UUID partnerId, LocalDate dueOn, boolean done) {}
