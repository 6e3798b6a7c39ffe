package de.lotse.reporting.snapshots.application;

import de.lotse.reporting.disclosure.DisclosureAudit;
import de.lotse.reporting.disclosure.application.StockFigures;
import de.lotse.reporting.disclosure.domain.CellSuppression;
import de.lotse.reporting.disclosure.domain.LinkedTables;
import de.lotse.reporting.disclosure.domain.Suppression;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class JobcenterModelTest {
    private static final StockFigures.Ratio RATIO = new StockFigures.Ratio(10, 5, 7, false);

    private static StockFigures stock(List<StockFigures.Pair> pairs, List<StockFigures.TeamCounts> teams) {
        return new StockFigures(
                "jc-1",
                LocalDate.of(2026, 3, 2),
                Instant.EPOCH,
                3,
                RATIO,
                "2023-04",
                false,
                pairs,
                teams,
                Map.of(),
                Set.of());
    }

    @Test
    void aJobcenterWithTwoCasesWithholdsEveryCountAndItsZeros() {
        StockFigures stock = stock(
                List.of(new StockFigures.Pair("team-1", "fm-few", 1, 1)),
                List.of(new StockFigures.TeamCounts("team-1", 0, Map.of())));
        LinkedTables tables = JobcenterModel.build(stock, List.of()).tables();

        Suppression suppression = CellSuppression.standard().protect(tables);

        assertThat(suppression.withheld()).contains("jc|O", "jc|U", "jc|E", "jc|F|REVIEW_OVERDUE");
        assertThat(DisclosureAudit.audit(tables, suppression.withheld(), suppression.sensitive(), Map.of())
                        .exposures())
                .isEmpty();
    }

    /**
     * The fixture of CaseloadDisclosureIT: one team, fm-few 1 U25 + 2 Ü25, fm-mixed 2 + 5, fm-older 0 + 11,
     * under a ratio of 10 Ü25 or 5 U25 per case manager, not fewer than 7.
     */
    @Test
    void oneTeamWithASmallAndAMixedLine() {
        StockFigures stock = stock(
                List.of(
                        new StockFigures.Pair("team-1", "fm-few", 1, 2),
                        new StockFigures.Pair("team-1", "fm-mixed", 2, 5),
                        new StockFigures.Pair("team-1", "fm-older", 0, 11)),
                List.of(new StockFigures.TeamCounts("team-1", 0, Map.of())));
        LinkedTables tables = JobcenterModel.build(stock, List.of()).tables();

        Suppression suppression = CellSuppression.standard().protect(tables);

        assertThat(suppression.sensitive())
                .containsExactlyInAnyOrder(
                        "fm|fm-few|O", "fm|fm-few|U", "fm|fm-few|E", "fm|fm-mixed|U", "team|team-1|U", "jc|U");
        assertThat(suppression.withheld()).doesNotContain("jc|O", "team|team-1|O");
        assertThat(DisclosureAudit.audit(tables, suppression.withheld(), suppression.sensitive(), Map.of())
                        .exposures())
                .isEmpty();
    }
}
