package de.lotse.planning.duties.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.duties.domain.Duty;
import de.lotse.planning.duties.domain.DutyDemand;
import de.lotse.planning.duties.domain.Offer;
import de.lotse.planning.duties.infrastructure.DutyStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Written duty demands and offers: the records a benefit-reduction check may cite (docs/domain.md §14).
 * No event — like the check itself, they stay in planning; reads are audited as the checks' are.
 */
@Singleton
public class DutyService {
    private final DutyStore store;
    private final CaseWork work;
    private final AuditLog audit;

    DutyService(DutyStore store, CaseWork work, AuditLog audit) {
        this.store = store;
        this.work = work;
        this.audit = audit;
    }

    @Transactional
    public DutyDemand demand(
            CurrentUser user,
            UUID caseId,
            Duty duty,
            String details,
            LocalDate demandedOn,
            LocalDate dueBy,
            boolean withLegalConsequenceNotice) {
        CaseReference c = work.forChange(user, caseId);
        DutyDemand d = DutyDemand.record(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                duty,
                details,
                demandedOn,
                dueBy,
                withLegalConsequenceNotice,
                c.admittedOn(),
                work.today(),
                user.subject(),
                work.clock().instant());
        store.insert(d);
        return d;
    }

    @Transactional
    public List<DutyDemand> demands(CurrentUser user, UUID caseId) {
        work.forReading(user, caseId);
        List<DutyDemand> all = store.demandsOf(caseId);
        audit.recordListOfCase(
                user, "duty-demand", caseId, all.stream().map(DutyDemand::id).toList(), CaseWork.purpose(user));
        return all;
    }

    @Transactional
    public Offer offer(
            CurrentUser user,
            UUID caseId,
            Offer.Kind kind,
            String description,
            LocalDate offeredOn,
            boolean withLegalConsequenceNotice) {
        CaseReference c = work.forChange(user, caseId);
        Offer o = Offer.record(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                kind,
                description,
                offeredOn,
                withLegalConsequenceNotice,
                c.admittedOn(),
                work.today(),
                user.subject(),
                work.clock().instant());
        store.insert(o);
        return o;
    }

    @Transactional
    public Offer answer(CurrentUser user, UUID caseId, UUID offerId, Offer.Response response, LocalDate respondedOn) {
        work.forChange(user, caseId);
        Offer answered = store.offer(caseId, offerId)
                .orElseThrow(() -> NotFound.of("Angebot"))
                .answer(response, respondedOn, work.today());
        store.updateResponse(answered);
        return answered;
    }

    @Transactional
    public List<Offer> offers(CurrentUser user, UUID caseId) {
        work.forReading(user, caseId);
        List<Offer> all = store.offersOf(caseId);
        audit.recordListOfCase(
                user, "offer", caseId, all.stream().map(Offer::id).toList(), CaseWork.purpose(user));
        return all;
    }

    /** For the reduction check of the same case (access already checked there). */
    public Optional<DutyDemand> demandOf(UUID caseId, UUID id) {
        return store.demand(caseId, id);
    }

    /** For the reduction check of the same case (access already checked there). */
    public Optional<Offer> offerOf(UUID caseId, UUID id) {
        return store.offer(caseId, id);
    }
}
