package de.lotse.reporting.supervision.domain;

import de.lotse.platform.domain.RuleViolation;
import de.lotse.reporting.quality.domain.Finding;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A risk-weighted random sample of a team's open cases for the team lead's review (Fachaufsicht, IKS):
 * each case weighs 1 plus 2 per quality finding, so cases with findings are drawn more often but every
 * case can be drawn. Drawn without replacement by weighted random keys (Efraimidis–Spirakis) over the
 * candidates in case-id order: the same seed on the same cases gives the same sample.
 */
public final class SupervisionSample {
    public static final int MAX_SIZE = 50;

    private SupervisionSample() {}

    /** A case that can be drawn, with its findings on the day of the draw. */
    public record Candidate(UUID caseId, String caseManagerId, Set<Finding> findings) {
        public int weight() {
            return 1 + 2 * findings.size();
        }
    }

    public static List<Candidate> draw(List<Candidate> candidates, int size, long seed) {
        if (size < 1 || size > MAX_SIZE) {
            throw new RuleViolation("size", "RANGE", "Die Stichprobe umfasst 1 bis " + MAX_SIZE + " Fälle.");
        }
        Random random = new Random(seed);
        record Keyed(Candidate candidate, double key) {}
        return candidates.stream()
                .sorted(Comparator.comparing(Candidate::caseId))
                .map(c -> new Keyed(c, Math.pow(random.nextDouble(), 1.0 / c.weight())))
                .sorted(Comparator.comparingDouble(Keyed::key).reversed())
                .limit(size)
                .map(Keyed::candidate)
                .toList();
    }

    /** What the review of a drawn case found. */
    public enum Result {
        NO_DEFICIENCIES,
        MINOR_DEFICIENCIES,
        SERIOUS_DEFICIENCIES
    }
}
