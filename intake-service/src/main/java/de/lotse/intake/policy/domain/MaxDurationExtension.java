package de.lotse.intake.policy.domain;

/** How a case may continue past the policy's maximum duration (docs/domain.md §8). */
public enum MaxDurationExtension {
    /** No extension (apart from an exception the policy names, e.g. a running AGH under TAH). */
    NONE,
    /** "In der Regel nicht länger als zwei Jahre" (BA2010 3c): longer with documented reasons. */
    DOCUMENTED_REASONS,
    /** Longer only with reasons agreed with the team lead (PANKOW 4.5). */
    TEAM_LEAD_APPROVAL
}
