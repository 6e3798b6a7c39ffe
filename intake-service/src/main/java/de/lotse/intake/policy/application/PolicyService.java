package de.lotse.intake.policy.application;

import de.lotse.intake.policy.domain.JobcenterPolicy;
import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.intake.policy.domain.Preset;
import de.lotse.intake.policy.infrastructure.PolicyStore;
import de.lotse.platform.contracts.PolicyChanged;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.outbox.OutboxWriter;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The Jobcenter policy (lokale Umsetzungsstrategie) as versioned data. Every change is a new
 * version and is published as {@code policy-changed}, so other services take the settings from
 * the event instead of calling intake. A Jobcenter that has not chosen a policy yet works under
 * the binding minimum of the BA (Geschäftsweisung 01/2010), stored as its version 1 the first time
 * it is needed, so even its first decision names a real version.
 */
@Singleton
public class PolicyService {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String SYSTEM = "system";

    private final PolicyStore store;
    private final OutboxWriter outbox;
    private final PolicyEvents events;
    private final Clock clock;

    PolicyService(PolicyStore store, OutboxWriter outbox, PolicyEvents events, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** The earliest day a policy version may take effect from: SGB II is in force since 1 January 2005. */
    static final LocalDate EARLIEST_EFFECTIVE_FROM = LocalDate.of(2005, 1, 1);

    /** How far ahead a planned change may be dated. */
    static final int MAX_YEARS_AHEAD = 2;

    /** The policy in force for the Jobcenter today; the BA2010 minimum if none was chosen yet. */
    @Transactional
    public JobcenterPolicy inForce(String jobcenterId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BERLIN);
        return store.inForceOn(jobcenterId, today).orElseGet(() -> {
            if (store.latestVersion(jobcenterId).isPresent()) {
                // change() stores today's baseline before a first version dated ahead, so this cannot happen
                throw new IllegalStateException("no policy version in force today for " + jobcenterId);
            }
            return startWithBa2010(jobcenterId)
                    .orElseGet(() -> store.inForceOn(jobcenterId, today).orElseThrow());
        });
    }

    /**
     * The policy version that was (or will be) in force on that day, for decisions dated then: imported history
     * is judged by the rules of its time (docs/import.md). Empty before the Jobcenter's first effective day.
     */
    @Transactional
    public Optional<JobcenterPolicy> inForceOn(String jobcenterId, LocalDate day) {
        return store.inForceOn(jobcenterId, day);
    }

    /**
     * The policy in force for a Jobcenter named by someone else (a relocation's target), without creating
     * one: a Jobcenter is known to this installation once it has a policy version — its own staff's first
     * decision or its administrator's choice stores one. Empty for a Jobcenter Lotse does not know.
     */
    @Transactional
    public Optional<JobcenterPolicy> ofKnownJobcenter(String jobcenterId) {
        return store.inForceOn(jobcenterId, LocalDate.ofInstant(clock.instant(), BERLIN));
    }

    /**
     * A new version from a preset, as it is or adjusted, in force from {@code effectiveFrom} (today if none).
     * Settings equal to the preset's keep the preset's code; any adjustment makes it CUSTOM (based on the
     * preset). An earlier day applies the version to everything dated from then on (the rules a Jobcenter
     * brings its history with); a later day plans a change — until then today's version stays in force.
     */
    @Transactional
    public JobcenterPolicy change(
            CurrentUser admin, Preset basePreset, PolicySettings adjusted, String note, LocalDate effectiveFrom) {
        String jobcenterId = admin.requireJobcenter();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BERLIN);
        LocalDate from = effectiveFrom != null ? effectiveFrom : today;
        if (from.isBefore(EARLIEST_EFFECTIVE_FROM) || from.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw new RuleViolation(
                    "effectiveFrom",
                    "EFFECTIVE_FROM_OUT_OF_RANGE",
                    "Eine Richtlinie gilt frühestens ab dem 01.01.2005 (Einführung des SGB II) und wird höchstens "
                            + MAX_YEARS_AHEAD + " Jahre im Voraus festgelegt.");
        }
        if (from.isAfter(today) && store.latestVersion(jobcenterId).isEmpty()) {
            // a planned change needs a version that is in force until then
            startWithBa2010(jobcenterId);
        }
        int next = store.latestVersion(jobcenterId).orElse(0) + 1;
        PolicySettings settings = adjusted != null ? adjusted : basePreset.settings();
        JobcenterPolicy policy =
                JobcenterPolicy.next(jobcenterId, next, basePreset, settings, from, admin.subject(), now, note);
        if (!store.insert(policy)) {
            throw new StateConflict(
                    "CONCURRENT_POLICY_CHANGE",
                    "Die Richtlinie wurde gleichzeitig geändert. Bitte neu laden und wiederholen.");
        }
        publish(policy);
        return policy;
    }

    /** Version 1: the BA2010 minimum from today, unless another request stored a version 1 first. */
    private Optional<JobcenterPolicy> startWithBa2010(String jobcenterId) {
        Instant now = clock.instant();
        JobcenterPolicy initial = JobcenterPolicy.next(
                jobcenterId,
                1,
                Preset.BA2010,
                Preset.BA2010.settings(),
                LocalDate.ofInstant(now, BERLIN),
                SYSTEM,
                now,
                "Automatisch: Mindeststandard der BA (Geschäftsweisung 01/2010), bis die Fachadministration "
                        + "eine Richtlinie wählt.");
        if (store.insert(initial)) {
            publish(initial);
            return Optional.of(initial);
        }
        return Optional.empty();
    }

    @Transactional
    public List<JobcenterPolicy> history(String jobcenterId) {
        inForce(jobcenterId);
        return store.history(jobcenterId);
    }

    @Transactional
    public JobcenterPolicy version(String jobcenterId, int version) {
        return store.version(jobcenterId, version).orElseThrow(() -> NotFound.of("Richtlinienversion"));
    }

    private void publish(JobcenterPolicy policy) {
        outbox.append(
                policy.jobcenterId(),
                policy.jobcenterId(),
                null,
                new PolicyChanged(
                        policy.version(),
                        policy.presetCode(),
                        policy.effectiveFrom(),
                        events.flatten(policy.settings()),
                        policy.changedAt()));
    }
}
