package de.lotse.reporting.supervision.domain;

import de.lotse.reporting.quality.domain.Finding;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A drawn supervision sample with its seed and the review of each drawn case. */
public record Sample(UUID id, String teamId, long seed, int size, String drawnBy, Instant drawnAt, List<Entry> cases) {

    public Sample {
        cases = List.copyOf(cases);
    }

    /** A drawn case and what the review found (none yet: not reviewed). */
    public record Entry(
            UUID caseId,
            String caseManagerId,
            int weight,
            Set<Finding> findings,
            SupervisionSample.Result result,
            String note,
            String reviewedBy,
            Instant reviewedAt) {}
}
