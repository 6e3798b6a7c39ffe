package de.lotse.reporting.quality.application;

import de.lotse.reporting.quality.infrastructure.QualityStore;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the calendar changes: cases whose findings may differ from today on ({@code changes_on}) and
 * Jobcenters whose policy changed are evaluated again, in batches of their own transactions. The job
 * runs every few minutes (so the national figures are current shortly after midnight); a Jobcenter's
 * answer first catches up with its own due cases, which are few, so it is exact for today.
 */
@Singleton
public class QualityRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(QualityRefresh.class);
    /** The smallest uuid in PostgreSQL's order (unsigned bytes), where keyset paging starts. */
    private static final UUID BEFORE_ALL = new UUID(0, 0);

    private final QualityStore store;
    private final QualityLedger ledger;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final int batchSize;

    QualityRefresh(
            QualityStore store,
            QualityLedger ledger,
            TransactionOperations<Connection> transactions,
            Clock clock,
            @Value("${lotse.reporting.quality.refresh-batch:500}") int batchSize) {
        this.store = store;
        this.ledger = ledger;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(
            fixedDelay = "${lotse.reporting.quality.refresh-interval:5m}",
            initialDelay = "${lotse.reporting.quality.refresh-initial-delay:10s}")
    void scheduled() {
        long started = System.nanoTime();
        int evaluated = refreshAll();
        if (evaluated > 0) {
            LOG.info(
                    "quality refresh: {} cases evaluated again in {} ms",
                    evaluated,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Everything up to today; returns the number of cases evaluated. */
    public int refreshAll() {
        LocalDate today = ledger.today();
        int evaluated = applyPolicies(null, today);
        evaluated += catchUp(null, today);
        transactions.executeWrite(status -> {
            store.refreshed(today, clock.instant());
            return null;
        });
        return evaluated;
    }

    /** One Jobcenter up to today (before answering for it). */
    public int refresh(String jobcenterId) {
        LocalDate today = ledger.today();
        return applyPolicies(jobcenterId, today) + catchUp(jobcenterId, today);
    }

    private int catchUp(String jobcenterId, LocalDate today) {
        int evaluated = 0;
        while (true) {
            List<UUID> due = transactions.executeRead(status -> store.due(today, jobcenterId, batchSize));
            if (due.isEmpty()) {
                return evaluated;
            }
            transactions.executeWrite(status -> {
                ledger.evaluate(due, today);
                return null;
            });
            evaluated += due.size();
        }
    }

    private int applyPolicies(String onlyJobcenter, LocalDate today) {
        int evaluated = 0;
        Map<String, Integer> pending = transactions.executeRead(status -> store.policiesNotApplied());
        for (Map.Entry<String, Integer> policy : pending.entrySet()) {
            String jobcenterId = policy.getKey();
            if (onlyJobcenter != null && !onlyJobcenter.equals(jobcenterId)) {
                continue;
            }
            UUID after = BEFORE_ALL;
            while (true) {
                UUID from = after;
                List<UUID> batch = transactions.executeRead(
                        status -> store.evaluatedUnderOtherPolicy(jobcenterId, policy.getValue(), from, batchSize));
                if (batch.isEmpty()) {
                    break;
                }
                transactions.executeWrite(status -> {
                    ledger.evaluate(batch, today);
                    return null;
                });
                evaluated += batch.size();
                after = batch.get(batch.size() - 1);
            }
            transactions.executeWrite(status -> {
                store.policyApplied(jobcenterId, policy.getValue());
                return null;
            });
        }
        return evaluated;
    }
}
