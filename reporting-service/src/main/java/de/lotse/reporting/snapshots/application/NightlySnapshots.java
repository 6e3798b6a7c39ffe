package de.lotse.reporting.snapshots.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Takes every Jobcenter's figures and the national view shortly after midnight (Berlin), so the reporting
 * date's figures are the state at its end; an answer that finds none takes them itself. Off with
 * {@code lotse.reporting.snapshots.nightly=false} (tests, which move the clock themselves).
 */
@Singleton
@Requires(property = "lotse.reporting.snapshots.nightly", notEquals = "false")
class NightlySnapshots {
    private final Snapshots snapshots;

    NightlySnapshots(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Scheduled(cron = "${lotse.reporting.snapshots.cron:0 5 0 * * *}", zoneId = "Europe/Berlin")
    void afterMidnight() {
        snapshots.takeAll();
    }
}
