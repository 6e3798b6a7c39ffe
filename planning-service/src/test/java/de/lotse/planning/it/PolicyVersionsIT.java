package de.lotse.planning.it;

import de.lotse.platform.policyreference.PolicyReference;
import de.lotse.platform.policyreference.PolicyReferences;
import de.lotse.platform.testing.PolicySettings;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service knows every version of a Jobcenter's policy with the day it takes effect (docs/domain.md §11.1):
 * today's rules come from the version in force today, a record dated in the past is judged by the version in
 * force on its day.
 */
@MicronautTest(transactional = false)
class PolicyVersionsIT extends PlanningFixtures {

    @Inject
    PolicyReferences references;

    @Test
    void aVersionDatedAheadAppliesFromItsDayAndEachVersionStaysKnownForItsPeriod() {
        policy(2, START.minusYears(2), PolicySettings.PANKOW);
        policy(3, START.plusMonths(1), PolicySettings.TAH);
        UUID caseId = openCase();

        assertThat(get("/api/cases/" + caseId + "/contact-density", fm())).containsEntry("maxGapMonths", 2);
        clock.set(START.plusMonths(1));
        assertThat(get("/api/cases/" + caseId + "/contact-density", fm())).containsEntry("maxGapMonths", 1);

        assertThat(versionOn(START.minusYears(2).minusDays(1))).isEmpty();
        assertThat(versionOn(START.minusYears(1))).contains(2);
        assertThat(versionOn(START.plusMonths(1))).contains(3);
    }

    @Test
    void aLaterVersionDatedBackReplacesEarlierOnesFromItsDayAndALateOlderVersionChangesNothing() {
        policy(2, START.minusMonths(6), PolicySettings.TAH);
        policy(4, START.minusYears(1), PolicySettings.PANKOW);

        assertThat(versionOn(START.minusMonths(9))).contains(4);
        assertThat(versionOn(START.minusMonths(3))).contains(4);

        policy(3, START.minusMonths(2), PolicySettings.TAH);
        assertThat(versionOn(START)).contains(4);
        assertThat(references.find(jobcenter).orElseThrow().settings()).containsEntry("contactRule.maxGapMonths", "2");
    }

    private Optional<Integer> versionOn(LocalDate day) {
        return references.findOn(jobcenter, day).map(PolicyReference::policyVersion);
    }
}
