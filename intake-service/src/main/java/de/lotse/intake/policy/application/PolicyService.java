package de.lotse.intake.policy.application;

import de.lotse.intake.policy.domain.JobcenterPolicy;
import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.intake.policy.domain.Preset;
import de.lotse.intake.policy.infrastructure.PolicyStore;
import de.lotse.platform.contracts.PolicyChanged;
import de.lotse.platform.domain.NotFound;
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

    /** The policy in force for the Jobcenter; the BA2010 minimum if none was chosen yet. */
    @Transactional
    public JobcenterPolicy inForce(String jobcenterId) {
        return store.current(jobcenterId).orElseGet(() -> {
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
                return initial;
            }
            // a concurrent request stored it first
            return store.current(jobcenterId).orElseThrow();
        });
    }

    /**
     * The policy in force for a Jobcenter named by someone else (a relocation's target), without creating
     * one: a Jobcenter is known to this installation once it has a policy version — its own staff's first
     * decision or its administrator's choice stores one. Empty for a Jobcenter Lotse does not know.
     */
    @Transactional
    public Optional<JobcenterPolicy> ofKnownJobcenter(String jobcenterId) {
        return store.current(jobcenterId);
    }

    /**
     * A new version from a preset, as it is or adjusted. Settings equal to the preset's keep the
     * preset's code; any adjustment makes it CUSTOM (based on the preset).
     */
    @Transactional
    public JobcenterPolicy change(CurrentUser admin, Preset basePreset, PolicySettings adjusted, String note) {
        String jobcenterId = admin.requireJobcenter();
        int next = store.latestVersion(jobcenterId).orElse(0) + 1;
        Instant now = clock.instant();
        PolicySettings settings = adjusted != null ? adjusted : basePreset.settings();
        JobcenterPolicy policy = JobcenterPolicy.next(
                jobcenterId, next, basePreset, settings, LocalDate.ofInstant(now, BERLIN), admin.subject(), now, note);
        if (!store.insert(policy)) {
            throw new StateConflict(
                    "CONCURRENT_POLICY_CHANGE",
                    "Die Richtlinie wurde gleichzeitig geändert. Bitte neu laden und wiederholen.");
        }
        publish(policy);
        return policy;
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
