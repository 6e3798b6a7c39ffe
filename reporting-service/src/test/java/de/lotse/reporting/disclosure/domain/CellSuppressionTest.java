package de.lotse.reporting.disclosure.domain;

import de.lotse.reporting.disclosure.DisclosureAudit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cell suppression on small linked tables, checked by the full audit: primary suppression alone leaves
 * withheld figures recoverable by subtraction; with secondary suppression none is.
 */
class CellSuppressionTest {
    private final CellSuppression suppression = CellSuppression.standard();

    /** Jobcenter total 9 = team A 6 + team B 3. */
    private static LinkedTables twoTeams() {
        return new LinkedTables()
                .figure("jc", 9)
                .figure("A", 6)
                .figure("B", 3)
                .sum("jc", "jc", List.of("A", "B"))
                .tier("jc", LinkedTables.Tier.NEVER);
    }

    @Test
    void primarySuppressionAloneLetsTheTotalMinusTheOtherTeamGiveTheSmallTeamAway() {
        LinkedTables tables = twoTeams();
        Suppression primary = suppression.primaryOnly(tables);

        DisclosureAudit.Report report =
                DisclosureAudit.audit(tables, primary.withheld(), primary.sensitive(), Map.of());

        assertThat(primary.withheld()).containsExactly("B");
        assertThat(report.exposures()).singleElement().satisfies(exposure -> {
            assertThat(exposure.figure()).isEqualTo("B");
            assertThat(exposure.interval()).isEqualTo(new LinearProgram.Range(3, 3));
            assertThat(exposure.required()).isEqualTo(new LinearProgram.Range(1, 5));
        });
    }

    @Test
    void secondarySuppressionWithholdsTheOtherTeamSoTheTotalNoLongerPinsIt() {
        LinkedTables tables = twoTeams();
        Suppression protectedTables = suppression.protect(tables);

        assertThat(protectedTables.withheld()).containsExactly("A", "B");
        assertThat(protectedTables.complements()).containsExactly("A");
        assertThat(DisclosureAudit.audit(tables, protectedTables.withheld(), protectedTables.sensitive(), Map.of())
                        .exposures())
                .isEmpty();
    }

    /**
     * Open cases, U25 and Ü25 per team and for the Jobcenter: team B has 2 U25 of 40; withholding B's U25
     * needs its Ü25 (row), another team's U25 (column) and that team's Ü25 — a hypercube.
     */
    @Test
    void aSmallAgeGroupNeedsAComplementInItsRowAndItsColumn() {
        LinkedTables tables = new LinkedTables();
        String[] teams = {"A", "B", "C"};
        long[][] ages = {{12, 30}, {2, 38}, {20, 25}};
        long u = 0;
        long e = 0;
        for (int i = 0; i < teams.length; i++) {
            String t = teams[i];
            tables.figure(t + "|O", ages[i][0] + ages[i][1])
                    .figure(t + "|U", ages[i][0])
                    .figure(t + "|E", ages[i][1])
                    .sum(t + " ages", t + "|O", List.of(t + "|U", t + "|E"))
                    .within(t + "|U", t + "|O")
                    .within(t + "|E", t + "|O");
            u += ages[i][0];
            e += ages[i][1];
        }
        tables.figure("jc|O", u + e)
                .figure("jc|U", u)
                .figure("jc|E", e)
                .sum("jc ages", "jc|O", List.of("jc|U", "jc|E"))
                .sum("jc O", "jc|O", List.of("A|O", "B|O", "C|O"))
                .sum("jc U", "jc|U", List.of("A|U", "B|U", "C|U"))
                .sum("jc E", "jc|E", List.of("A|E", "B|E", "C|E"));
        for (String margin : List.of("jc|O", "jc|U", "jc|E")) {
            tables.tier(margin, LinkedTables.Tier.MARGIN);
        }

        Suppression primary = suppression.primaryOnly(tables);
        Suppression complete = suppression.protect(tables);

        assertThat(DisclosureAudit.audit(tables, primary.withheld(), primary.sensitive(), Map.of())
                        .exposures())
                .extracting(DisclosureAudit.Exposure::figure)
                .containsExactly("B|U");
        assertThat(DisclosureAudit.audit(tables, complete.withheld(), complete.sensitive(), Map.of())
                        .exposures())
                .isEmpty();
        assertThat(complete.withheld())
                .as("the smallest team partner, A, completes the hypercube")
                .containsExactly("A|E", "A|U", "B|E", "B|U");
    }

    /**
     * Team B has 3 open cases and none with the finding: the 0 is withheld with the 3 (it would tell about
     * each of them), and the finding's column needs a complement so that the Jobcenter's total does not
     * give B's 0 back.
     */
    @Test
    void aZeroWithinAWithheldPopulationIsWithheldAndProtectedToo() {
        LinkedTables tables = new LinkedTables()
                .figure("A|O", 30)
                .figure("B|O", 3)
                .figure("C|O", 25)
                .figure("jc|O", 58)
                .figure("A|F", 7)
                .figure("B|F", 0)
                .figure("C|F", 6)
                .figure("jc|F", 13)
                .sum("O", "jc|O", List.of("A|O", "B|O", "C|O"))
                .sum("F", "jc|F", List.of("A|F", "B|F", "C|F"))
                .tier("jc|O", LinkedTables.Tier.NEVER)
                .tier("jc|F", LinkedTables.Tier.NEVER);
        for (String t : List.of("A", "B", "C", "jc")) {
            tables.atMost(t + " F<=O", t + "|F", t + "|O").within(t + "|F", t + "|O");
        }

        Suppression primary = suppression.primaryOnly(tables);
        Suppression complete = suppression.protect(tables);

        assertThat(primary.sensitive()).containsExactly("B|F", "B|O");
        assertThat(DisclosureAudit.audit(tables, primary.withheld(), primary.sensitive(), Map.of())
                        .exposures())
                .extracting(DisclosureAudit.Exposure::figure)
                .containsExactly("B|F", "B|O");
        assertThat(DisclosureAudit.audit(tables, complete.withheld(), complete.sensitive(), Map.of())
                        .exposures())
                .isEmpty();
    }

    /**
     * The national view: a Jobcenter's line is that Jobcenter's own total, which its management sees. With
     * J1 = 3 withheld, one complement (J2) is not enough: the management of J2 knows J2 and would get J1.
     */
    @Test
    void aNationalComplementHoldsEvenForTheManagementThatKnowsItsOwnLine() {
        LinkedTables tables = new LinkedTables()
                .figure("J1", 3)
                .figure("J2", 20)
                .figure("J3", 30)
                .figure("J4", 40)
                .figure("all", 93)
                .sum("national", "all", List.of("J1", "J2", "J3", "J4"))
                .tier("all", LinkedTables.Tier.NEVER);
        Map<String, Set<String>> lines =
                Map.of("J1", Set.of("J1"), "J2", Set.of("J2"), "J3", Set.of("J3"), "J4", Set.of("J4"));
        lines.forEach(tables::group);

        Suppression complete = suppression.protect(tables);

        assertThat(complete.complements()).containsExactly("J2", "J3");
        assertThat(DisclosureAudit.audit(tables, Set.of("J1", "J2"), Set.of("J1"), lines)
                        .exposures())
                .as("one complement: J2's management subtracts")
                .isNotEmpty();
        assertThat(DisclosureAudit.audit(tables, complete.withheld(), complete.sensitive(), lines)
                        .exposures())
                .isEmpty();
    }

    @Test
    void theSameTablesGiveTheSamePattern() {
        assertThat(suppression.protect(twoTeams())).isEqualTo(suppression.protect(twoTeams()));
    }

    @Test
    void aRelationTheDataDoesNotSatisfyIsRefused() {
        assertThatThrownBy(
                        () -> new LinkedTables().figure("a", 1).figure("b", 2).sum("wrong", "a", List.of("b")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong");
    }

    @Test
    void theLinearProgramGivesTheRangeOfAVariable() {
        LinearProgram program = new LinearProgram(
                Map.of("x", 0L, "y", 0L), List.of(new LinearProgram.Constraint(Map.of("x", 1L, "y", 1L), true, 9)));
        LinearProgram unbounded = new LinearProgram(
                Map.of("x", 0L, "y", 0L), List.of(new LinearProgram.Constraint(Map.of("x", 1L, "y", -1L), true, 2)));

        assertThat(program.range("x")).isEqualTo(new LinearProgram.Range(0, 9));
        assertThat(unbounded.range("x")).isEqualTo(new LinearProgram.Range(2, Long.MAX_VALUE));
    }
}
