package de.lotse.intake.jobcenter.application;

import de.lotse.intake.jobcenter.domain.Bundesland;
import de.lotse.intake.jobcenter.domain.HolidayCalendar;
import de.lotse.intake.jobcenter.domain.JobcenterRecord;
import de.lotse.intake.jobcenter.domain.Region;
import de.lotse.intake.jobcenter.domain.WorkingDays;
import de.lotse.intake.jobcenter.infrastructure.JobcenterStore;
import de.lotse.platform.contracts.DirectoryChanged;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.outbox.OutboxWriter;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The Jobcenter's own record (docs/domain.md §13): its administrator enters and changes it, all its staff read it.
 * Each change is published as {@code directory-changed} in the same transaction, so the other services print the
 * Jobcenter's name and address from the event. The record's Bundesland and region decide the working days of
 * every deadline intake computes; without a record, weekends and the nationwide holidays are skipped.
 */
@Singleton
public class JobcenterService {
    private final JobcenterStore store;
    private final HolidayCalendar calendar;
    private final OutboxWriter outbox;
    private final Clock clock;

    JobcenterService(JobcenterStore store, HolidayCalendar calendar, OutboxWriter outbox, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The caller's Jobcenter's record; 404 with what to do while it has none. */
    @Transactional
    public JobcenterRecord of(CurrentUser user) {
        return store.find(user.requireJobcenter())
                .orElseThrow(() -> new NotFound("Die Stammdaten des Jobcenters "
                        + "(Name, Anschrift, Bundesland) sind noch nicht erfasst. Die Administration trägt sie unter „Jobcenter“ "
                        + "ein; bis dahin zählen Fristen in Arbeitstagen nur die bundesweiten Feiertage."));
    }

    /**
     * Enters the record (expected version 0) or changes it (the version read). Sending what is stored already
     * changes nothing and publishes nothing, whatever the version: a repeated request after a lost answer.
     */
    @Transactional
    public JobcenterRecord save(CurrentUser admin, JobcenterRecord.Entry entry, long expectedVersion) {
        String jobcenterId = admin.requireJobcenter();
        Optional<JobcenterRecord> current = store.find(jobcenterId);
        long stored = current.map(JobcenterRecord::version).orElse(0L);
        JobcenterRecord next =
                JobcenterRecord.validated(jobcenterId, entry, calendar, stored + 1, admin.subject(), clock.instant());
        if (current.isPresent() && current.get().sameContentAs(next)) {
            return current.get();
        }
        if (expectedVersion != stored) {
            throw new StateConflict(
                    "JOBCENTER_RECORD_CHANGED",
                    stored == 0
                            ? "Das Jobcenter hat noch keine Stammdaten; für die erste Erfassung ist die Version 0."
                            : "Die Stammdaten wurden inzwischen geändert (jetzt Version " + stored
                                    + "). Bitte neu laden.");
        }
        boolean written = current.isPresent() ? store.update(next) : store.insert(next);
        if (!written) {
            throw new StateConflict(
                    "JOBCENTER_RECORD_CHANGED",
                    "Die Stammdaten wurden gleichzeitig geändert. Bitte neu laden und wiederholen.");
        }
        outbox.append(
                jobcenterId,
                jobcenterId,
                null,
                DirectoryChanged.builder()
                        .version(next.version())
                        .name(next.name())
                        .street(next.street())
                        .postalCode(next.postalCode())
                        .city(next.city())
                        .phone(next.phone())
                        .email(next.email())
                        .contactHours(next.contactHours())
                        .stateCode(next.state().name())
                        .regionCode(next.regionCode())
                        .changedAt(next.changedAt())
                        .build());
        return next;
    }

    /**
     * The working days of a Jobcenter: Monday to Friday without the public holidays of its Land and region, or,
     * while it has no record, without the nationwide ones (docs/domain.md §13).
     */
    @Transactional
    public WorkingDays workingDays(String jobcenterId) {
        return store.find(jobcenterId)
                .map(r -> r.workingDays(calendar))
                .orElseGet(() -> WorkingDays.nationwide(calendar));
    }

    /** The regions with other holidays within a Land, for the administrator's choice. */
    public List<Region> regions(Bundesland state) {
        return calendar.regions(state);
    }
}
