package de.lotse.reporting.supervision.domain;

import de.lotse.platform.domain.RuleViolation;
import de.lotse.reporting.quality.domain.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupervisionSampleTest {

    private static List<SupervisionSample.Candidate> team(int clean, int flagged) {
        List<SupervisionSample.Candidate> cases = new ArrayList<>();
        for (int i = 0; i < clean; i++) {
            cases.add(new SupervisionSample.Candidate(UUID.nameUUIDFromBytes(("c" + i).getBytes()), "fm", Set.of()));
        }
        for (int i = 0; i < flagged; i++) {
            cases.add(new SupervisionSample.Candidate(
                    UUID.nameUUIDFromBytes(("f" + i).getBytes()),
                    "fm",
                    EnumSet.of(Finding.REVIEW_OVERDUE, Finding.CONTACT_DENSITY_NOT_MET)));
        }
        return cases;
    }

    @Test
    void theSameSeedOnTheSameCasesDrawsTheSameSampleWhateverTheirOrder() {
        List<SupervisionSample.Candidate> cases = team(40, 10);
        List<SupervisionSample.Candidate> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled);
        assertThat(SupervisionSample.draw(shuffled, 8, 42)).isEqualTo(SupervisionSample.draw(cases, 8, 42));
        assertThat(SupervisionSample.draw(cases, 8, 42)).doesNotHaveDuplicates().hasSize(8);
    }

    @Test
    void casesWithFindingsAreDrawnMoreOftenButNotExclusively() {
        List<SupervisionSample.Candidate> cases = team(50, 50);
        int flagged = 0;
        int clean = 0;
        for (long seed = 0; seed < 400; seed++) {
            for (SupervisionSample.Candidate c : SupervisionSample.draw(cases, 10, seed)) {
                if (c.findings().isEmpty()) {
                    clean++;
                } else {
                    flagged++;
                }
            }
        }
        assertThat(flagged).isGreaterThan(2 * clean);
        assertThat(clean).isPositive();
    }

    @Test
    void theSizeIsBounded() {
        assertThatThrownBy(() -> SupervisionSample.draw(team(3, 0), 0, 1)).isInstanceOf(RuleViolation.class);
        assertThat(SupervisionSample.draw(team(3, 0), 10, 1)).hasSize(3);
    }
}
