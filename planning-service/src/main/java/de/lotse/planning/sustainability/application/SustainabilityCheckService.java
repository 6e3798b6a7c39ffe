package de.lotse.planning.sustainability.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.sustainability.domain.Checkpoint;
import de.lotse.planning.sustainability.domain.Source;
import de.lotse.planning.sustainability.domain.SustainabilityCheck;
import de.lotse.planning.sustainability.infrastructure.SustainabilityCheckStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.contracts.SustainabilityChecked;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.kernel.caseaccess.CaseAccess;
import de.lotse.platform.outbox.OutboxWriter;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Sustainability checks 6 and 12 months after a closure into work (docs/domain.md §16.2; TAH 6, issue 16). The
 * case workers of the closed case record them from what the Jobcenter knows — no after-care period needed, as
 * the check asks the former customer nothing. {@code sustainability-checked} carries flags and dates for
 * reporting, never the note.
 */
@Singleton
public class SustainabilityCheckService {
    private final SustainabilityCheckStore store;
    private final CaseWork work;
    private final CaseAccess access;
    private final OutboxWriter outbox;
    private final AuditLog audit;

    SustainabilityCheckService(
            SustainabilityCheckStore store, CaseWork work, CaseAccess access, OutboxWriter outbox, AuditLog audit) {
        this.store = store;
        this.work = work;
        this.access = access;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public SustainabilityCheck record(
            CurrentUser user,
            UUID caseId,
            Checkpoint checkpoint,
            LocalDate checkedOn,
            boolean employmentLasted,
            Boolean atLeast15Hours,
            Source source,
            String note) {
        LocalDate today = work.today();
        CaseReference c = access.forClosedCaseRecord(user, caseId, today);
        SustainabilityCheck check = SustainabilityCheck.record(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                checkpoint,
                checkedOn,
                employmentLasted,
                atLeast15Hours,
                source,
                note,
                new SustainabilityCheck.Closure(c.closedOn(), c.closedAfterIntegration(), c.afterCareUntil()),
                today,
                user.subject(),
                work.clock().instant());
        // the unique index (case, checkpoint) backs this check against two concurrent requests
        if (store.exists(caseId, checkpoint)) {
            throw new StateConflict(
                    "ALREADY_CHECKED",
                    "Die Nachhaltigkeit nach " + checkpoint.months() + " Monaten ist für diesen Fall bereits geprüft.");
        }
        store.insert(check);
        outbox.append(
                c.jobcenterId(),
                caseId,
                SustainabilityChecked.builder()
                        .caseId(caseId)
                        .checkId(check.id())
                        .checkpointMonths(checkpoint.months())
                        .checkedOn(check.checkedOn())
                        .employmentLasted(check.employmentLasted())
                        .atLeast15Hours(check.atLeast15Hours())
                        .recordedAt(check.recordedAt())
                        .build());
        return check;
    }

    /** The case's checks, for its case workers (audited: the note is the case worker's text). */
    @Transactional
    public List<SustainabilityCheck> ofCase(CurrentUser user, UUID caseId) {
        work.forReading(user, caseId);
        List<SustainabilityCheck> all = store.of(caseId);
        audit.recordListOfCase(
                user,
                "sustainability-check",
                caseId,
                all.stream().map(SustainabilityCheck::id).toList(),
                CaseWork.purpose(user));
        return all;
    }
}
