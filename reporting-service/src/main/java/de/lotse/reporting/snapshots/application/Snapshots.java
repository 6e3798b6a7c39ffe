package de.lotse.reporting.snapshots.application;

import de.lotse.platform.policyreference.PolicyReference;
import de.lotse.platform.policyreference.PolicyReferences;
import de.lotse.reporting.caseload.domain.CaseloadRatio;
import de.lotse.reporting.disclosure.application.FlowFigures;
import de.lotse.reporting.disclosure.application.NationalFigures;
import de.lotse.reporting.disclosure.application.PublishedFigures;
import de.lotse.reporting.disclosure.application.StockFigures;
import de.lotse.reporting.disclosure.domain.CellSuppression;
import de.lotse.reporting.disclosure.domain.LinkedTables;
import de.lotse.reporting.disclosure.domain.Suppression;
import de.lotse.reporting.outcomes.infrastructure.OutcomeStore;
import de.lotse.reporting.quality.application.QualityRefresh;
import de.lotse.reporting.quality.domain.Finding;
import de.lotse.reporting.quality.infrastructure.QualityStore;
import de.lotse.reporting.snapshots.infrastructure.SnapshotStore;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Management and national figures per reporting date (docs/reporting.md, "Disclosure control"). The
 * reporting date is the day before today (Europe/Berlin): its figures are taken once after its end — by the
 * nightly job, or by the first answer that needs them — with primary and secondary suppression applied,
 * stored, and every answer for that date is built from the stored figures. So two answers of one day are
 * the same, and comparing them reveals nothing. Only the current reporting date is served; the previous
 * one is kept for a day so that the next date's suppression can prefer the same complements.
 *
 * <p>This feature takes the figures from caseload (open cases, the ratio), quality (counters, refresh,
 * overdue re-checks) and outcomes (monthly aggregates); those features read the stored figures back through
 * {@link PublishedFigures} and never depend on this one.
 */
@Singleton
public class Snapshots implements PublishedFigures {
    /** How many months of outcomes management can read, ending with the reporting date's month. */
    public static final int WINDOW_MONTHS = 36;

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);
    private static final String NATIONAL = "NATIONAL";
    private static final String STOCK = "stock";
    private static final String FLOWS = "flows|";

    private final SnapshotStore store;
    private final QualityStore quality;
    private final QualityRefresh refresh;
    private final OutcomeStore outcomes;
    private final PolicyReferences policies;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final CellSuppression suppression = CellSuppression.standard();

    Snapshots(
            SnapshotStore store,
            QualityStore quality,
            QualityRefresh refresh,
            OutcomeStore outcomes,
            PolicyReferences policies,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.store = store;
        this.quality = quality;
        this.refresh = refresh;
        this.outcomes = outcomes;
        this.policies = policies;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The day whose end is the latest cut-off: yesterday in Berlin. */
    public LocalDate reportingDate() {
        return LocalDate.ofInstant(clock.instant(), BERLIN).minusDays(1);
    }

    @Override
    public StockFigures stock(String jobcenterId) {
        LocalDate date = reportingDate();
        String scope = jobcenterScope(jobcenterId);
        Optional<StockFigures> stored =
                transactions.executeRead(status -> store.part(scope, date, STOCK, StockFigures.class));
        if (stored.isPresent()) {
            return stored.get();
        }
        take(jobcenterId, date);
        return transactions
                .executeRead(status -> store.part(scope, date, STOCK, StockFigures.class))
                .orElseThrow();
    }

    @Override
    public List<FlowFigures> flows(StockFigures stock, YearMonth from, YearMonth to) {
        return transactions.executeRead(status -> store.parts(
                jobcenterScope(stock.jobcenterId()),
                stock.reportingDate(),
                FLOWS + from,
                FLOWS + to,
                FlowFigures.class));
    }

    @Override
    public NationalFigures national() {
        LocalDate date = reportingDate();
        Optional<NationalFigures> stored =
                transactions.executeRead(status -> store.part(NATIONAL, date, NATIONAL, NationalFigures.class));
        if (stored.isPresent()) {
            return stored.get();
        }
        takeNational(date);
        return transactions
                .executeRead(status -> store.part(NATIONAL, date, NATIONAL, NationalFigures.class))
                .orElseThrow();
    }

    /** Takes every Jobcenter's figures and the national view for the current reporting date (nightly). */
    public void takeAll() {
        LocalDate date = reportingDate();
        Set<String> jobcenters = transactions.executeRead(status -> store.jobcenters());
        for (String jobcenterId : jobcenters) {
            try {
                if (transactions
                        .executeRead(status -> store.part(jobcenterScope(jobcenterId), date, STOCK, StockFigures.class))
                        .isEmpty()) {
                    take(jobcenterId, date);
                }
            } catch (RuntimeException e) {
                LOG.error("figures of {} for {} not taken; the first answer will try again", jobcenterId, date, e);
            }
        }
        national();
    }

    private static String jobcenterScope(String jobcenterId) {
        return "JOBCENTER:" + jobcenterId;
    }

    private void take(String jobcenterId, LocalDate date) {
        long started = System.nanoTime();
        refresh.refresh(jobcenterId);
        Instant takenAt = clock.instant();
        YearMonth firstMonth = YearMonth.from(date).minusMonths(WINDOW_MONTHS - 1);
        LocalDate today = date.plusDays(1);
        record Read(StockFigures stock, List<FlowFigures.Flow> flows) {}
        Read read = transactions.executeRead(status -> {
            store.sameStateThroughout();
            Optional<PolicyReference> policy = policies.find(jobcenterId);
            StockFigures stock = new StockFigures(
                    jobcenterId,
                    date,
                    takenAt,
                    policy.map(PolicyReference::policyVersion).orElse(0),
                    published(policy.flatMap(Snapshots::ratio).orElse(null)),
                    firstMonth.toString(),
                    store.casesBefore(jobcenterId, firstMonth.atDay(1)),
                    store.pairs(jobcenterId),
                    store.teamCounts(jobcenterId),
                    quality.overdueRechecks(jobcenterId, today),
                    Set.of());
            List<FlowFigures.Flow> flows = new ArrayList<>();
            for (OutcomeStore.Aggregate a : outcomes.aggregates(jobcenterId, null, firstMonth.atDay(1), date)) {
                // a fact without team (none expected) must not pass for the Jobcenter's total
                String team = a.total() ? null : a.teamId() == null ? "-" : a.teamId();
                flows.add(new FlowFigures.Flow(a.metric().name(), a.month(), team, a.key(), a.value(), a.cases()));
            }
            return new Read(stock, flows);
        });
        JobcenterModel.Built built = JobcenterModel.build(read.stock(), read.flows());
        LinkedTables tables = built.tables();
        tables.withheldBefore(previouslyWithheld(jobcenterId, date.minusDays(1)));
        Suppression suppression = this.suppression.protect(tables);
        Map<String, Object> parts = new LinkedHashMap<>();
        Set<String> stockWithheld = new TreeSet<>();
        Map<String, Set<String>> flowWithheld = new TreeMap<>();
        Map<String, List<FlowFigures.Flow>> byMonth = new TreeMap<>();
        for (FlowFigures.Flow flow : built.flows()) {
            byMonth.computeIfAbsent(flow.month(), m -> new ArrayList<>()).add(flow);
            if (suppression.withheld(flow.id())) {
                flowWithheld.computeIfAbsent(flow.month(), m -> new TreeSet<>()).add(flow.id());
            }
        }
        for (String id : suppression.withheld()) {
            if (!id.startsWith("out|")) {
                stockWithheld.add(id);
            }
        }
        parts.put(STOCK, read.stock().withWithheld(stockWithheld));
        byMonth.forEach((month, flows) ->
                parts.put(FLOWS + month, new FlowFigures(month, flows, flowWithheld.getOrDefault(month, Set.of()))));
        boolean stored = transactions.executeWrite(status -> {
            boolean saved = store.saveIfAbsent(jobcenterScope(jobcenterId), date, takenAt, parts);
            store.forgetBefore(jobcenterScope(jobcenterId), date.minusDays(1));
            return saved;
        });
        if (stored) {
            LOG.info(
                    "figures of {} for {} taken: {} withheld ({} small, {} complements) in {} ms",
                    jobcenterId,
                    date,
                    suppression.withheld().size(),
                    suppression.sensitive().size(),
                    suppression.complements().size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** What the previous reporting date withheld, if it is still kept. */
    private Set<String> previouslyWithheld(String jobcenterId, LocalDate previous) {
        return transactions.executeRead(status -> {
            Set<String> ids = new TreeSet<>();
            store.part(jobcenterScope(jobcenterId), previous, STOCK, StockFigures.class)
                    .ifPresent(s -> ids.addAll(s.withheld()));
            store.parts(jobcenterScope(jobcenterId), previous, FLOWS, FLOWS + "~", FlowFigures.class)
                    .forEach(f -> ids.addAll(f.withheld()));
            return ids;
        });
    }

    private void takeNational(LocalDate date) {
        refresh.refreshAll();
        Instant takenAt = clock.instant();
        NationalFigures figures = transactions.executeRead(status -> {
            store.sameStateThroughout();
            Optional<LocalDate> refreshedOn = quality.refreshedOn();
            Map<String, Long> rechecks = quality.overdueRechecksPerJobcenter(refreshedOn.orElse(date.plusDays(1)));
            Map<String, NationalFigures.Line> lines = new TreeMap<>();
            for (QualityStore.Counts counts : quality.perJobcenter()) {
                long[] v = counts.values();
                Map<String, Long> findings = new LinkedHashMap<>();
                for (Finding f : Finding.values()) {
                    findings.put(f.name(), v[3 + f.ordinal()]);
                }
                lines.put(
                        counts.key(),
                        new NationalFigures.Line(
                                counts.key(),
                                v[0],
                                v[1],
                                v[2],
                                v[v.length - 1],
                                findings,
                                rechecks.getOrDefault(counts.key(), 0L)));
            }
            // a Jobcenter with non-referrals but no case yet still has a line
            rechecks.forEach((jobcenterId, n) ->
                    lines.putIfAbsent(jobcenterId, new NationalFigures.Line(jobcenterId, 0, 0, 0, 0, Map.of(), n)));
            return new NationalFigures(date, takenAt, refreshedOn.orElse(null), List.copyOf(lines.values()), Set.of());
        });
        LinkedTables tables = NationalModel.build(figures.jobcenters());
        transactions
                .executeRead(status -> store.part(NATIONAL, date.minusDays(1), NATIONAL, NationalFigures.class))
                .ifPresent(previous -> tables.withheldBefore(previous.withheld()));
        Suppression suppression = this.suppression.protect(tables);
        transactions.executeWrite(status -> {
            store.saveIfAbsent(NATIONAL, date, takenAt, Map.of(NATIONAL, figures.withWithheld(suppression.withheld())));
            store.forgetBefore(NATIONAL, date.minusDays(1));
            return null;
        });
    }

    /** The ratio as the stored figures keep it: plain values, so that disclosure needs no caseload type. */
    static StockFigures.Ratio published(CaseloadRatio ratio) {
        return ratio == null
                ? null
                : new StockFigures.Ratio(
                        ratio.maxUe25(), ratio.maxU25(), ratio.targetMin(), ratio.includesLeadsAndAssistants());
    }

    /** The stored ratio as caseload measures with it; none where the policy set none. */
    static CaseloadRatio ratio(StockFigures.Ratio ratio) {
        return ratio == null
                ? null
                : new CaseloadRatio(
                        ratio.maxUe25(), ratio.maxU25(), ratio.targetMin(), ratio.includesLeadsAndAssistants());
    }

    private static Optional<CaseloadRatio> ratio(PolicyReference policy) {
        return CaseloadRatio.of(
                policy.intSetting(CaseloadRatio.MAX_UE25).orElse(null),
                policy.intSetting(CaseloadRatio.MAX_U25).orElse(null),
                policy.intSetting(CaseloadRatio.TARGET_MIN).orElse(null),
                policy.flag(CaseloadRatio.INCLUDES_LEADS_AND_ASSISTANTS));
    }
}
