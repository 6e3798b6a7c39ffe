package de.lotse.reporting.disclosure.application;

import java.time.YearMonth;
import java.util.List;

/**
 * The figures of the current reporting date as published to management and the national view: taken once
 * after the date's end, small figures and their complements withheld, stored — so every answer of the day is
 * built from the same figures (docs/reporting.md, "Disclosure control").
 *
 * <p>Caseload, quality and outcomes read their management answers through this interface; the {@code snapshots}
 * feature implements it, taking the figures from exactly these features. The interface lives here, with
 * disclosure control, so that the dependencies run one way: the features depend on disclosure, snapshots on the
 * features, and no feature on snapshots.
 */
public interface PublishedFigures {
    /** A Jobcenter's stock figures of the current reporting date, taken now if nobody took them yet. */
    StockFigures stock(String jobcenterId);

    /** The months of outcomes of the stock figures' reporting date between the two (inclusive) that it holds. */
    List<FlowFigures> flows(StockFigures stock, YearMonth from, YearMonth to);

    /** The national view of the current reporting date, taken now if nobody took it yet. */
    NationalFigures national();
}
