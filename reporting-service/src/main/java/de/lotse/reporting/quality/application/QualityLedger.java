package de.lotse.reporting.quality.application;

import de.lotse.platform.inbox.EventRoutes;
import de.lotse.platform.kernel.contacts.ContactRule;
import de.lotse.platform.policyreference.PolicyReference;
import de.lotse.platform.policyreference.PolicyReferences;
import de.lotse.reporting.quality.domain.CaseQuality;
import de.lotse.reporting.quality.domain.CaseStatus;
import de.lotse.reporting.quality.domain.QualityStandards;
import de.lotse.reporting.quality.domain.Tally;
import de.lotse.reporting.quality.infrastructure.QualityStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps each case's findings and the dashboard counters current. Every event about a case runs
 * {@link #applying}: the case's lock, the event's facts, then the case is evaluated again against
 * its Jobcenter's policy and the counters move by the difference — all in the event's (inbox)
 * transaction, so a redelivered or reordered event leaves the same rows as an ordered stream.
 *
 * <p>Events arrive in batches ({@link #batchScope}): then all the batch's cases are locked first, in one sorted
 * statement, the events apply their facts, and each case they touched is evaluated once at the end — a case
 * with twenty events in a replay is evaluated once, not twenty times.
 */
@Singleton
public class QualityLedger {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final QualityStore store;
    private final PolicyReferences policies;
    private final Clock clock;
    /** the batch this thread is applying, if any (a consumer applies one batch at a time on its thread) */
    private final ThreadLocal<Batch> batch = new ThreadLocal<>();

    private record Batch(Set<UUID> locked, Set<UUID> touched) {}

    QualityLedger(QualityStore store, PolicyReferences policies, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * Applies an event's facts to a case and re-evaluates it; must run in the caller's transaction. Within a
     * {@link #batchScope} the evaluation waits for the end of the batch.
     */
    public void applying(UUID caseId, Runnable facts) {
        Batch current = batch.get();
        if (current == null) {
            store.lock(List.of(caseId));
            facts.run();
            evaluate(List.of(caseId), today());
            return;
        }
        if (current.locked().add(caseId)) {
            store.lock(List.of(caseId)); // a case its envelope did not name (never, with Lotse's producers)
        }
        facts.run();
        current.touched().add(caseId);
    }

    /**
     * Around a consumer's batch: locks the cases the events' envelopes name (sorted, one statement), applies the
     * batch, then evaluates every case the batch touched once.
     */
    public EventRoutes.BatchScope batchScope() {
        return (events, applyAll) -> {
            Set<UUID> cases = new LinkedHashSet<>();
            events.stream()
                    .map(e -> e.envelope().caseId())
                    .filter(Objects::nonNull)
                    .forEach(cases::add);
            store.lock(cases);
            Batch current = new Batch(cases, new LinkedHashSet<>());
            batch.set(current);
            try {
                applyAll.run();
            } finally {
                batch.remove();
            }
            evaluate(current.touched(), today());
        };
    }

    /**
     * Evaluates the cases on the day and stores findings and counters; must run in a transaction.
     * Takes the cases' locks first (in a fixed order), so it never waits for a case while holding a
     * counter row that an event's transaction needs.
     */
    public void evaluate(Collection<UUID> caseIds, LocalDate day) {
        if (caseIds.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(caseIds);
        store.lock(ids);
        Map<UUID, CaseQuality> before = store.stored(ids);
        Map<String, Optional<PolicyReference>> policyOf = new HashMap<>();
        Tally tally = new Tally();
        List<CaseQuality> changed = new ArrayList<>();
        List<UUID> gone = new ArrayList<>();
        for (QualityStore.Facts facts : store.facts(ids)) {
            CaseQuality old = before.remove(facts.caseId());
            CaseQuality now = null;
            if (facts.status().isPresent()) {
                Optional<PolicyReference> policy = policyOf.computeIfAbsent(facts.jobcenterId(), policies::find);
                now = evaluate(facts.jobcenterId(), facts.status().get(), policy, day);
            }
            if (now == null) {
                if (old != null) {
                    gone.add(facts.caseId());
                }
            } else if (!now.equals(old)) {
                changed.add(now);
            }
            if (old == null || now == null || !now.sameStanding(old)) {
                tally.replace(old, now);
            }
        }
        // a stored row whose facts vanished cannot happen (facts are never deleted); drop it all the same
        before.values().forEach(old -> {
            gone.add(old.caseId());
            tally.replace(old, null);
        });
        store.save(changed);
        store.delete(gone);
        store.addToTally(tally.changes());
    }

    private static CaseQuality evaluate(
            String jobcenterId, CaseStatus c, Optional<PolicyReference> policy, LocalDate day) {
        QualityStandards.Evaluation evaluation = standards(policy).evaluate(c, day);
        return new CaseQuality(
                c.caseId(),
                jobcenterId,
                c.teamId(),
                c.caseManagerId() == null ? "" : c.caseManagerId(),
                c.ageGroup() == null ? "" : c.ageGroup(),
                c.stage(),
                evaluation.findings(),
                policy.map(PolicyReference::policyVersion).orElse(0),
                day,
                evaluation.changesOn());
    }

    static QualityStandards standards(Optional<PolicyReference> policy) {
        return policy.map(p -> new QualityStandards(
                        ContactRule.of(p).orElse(null),
                        p.intSetting("continuationReviewMonths").orElse(6),
                        p.flag("aghContinuesBeyondMaxDuration")))
                .orElse(new QualityStandards(null, 6, false));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }
}
