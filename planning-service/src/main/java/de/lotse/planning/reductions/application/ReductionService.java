package de.lotse.planning.reductions.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.duties.application.DutyService;
import de.lotse.planning.duties.domain.DutyDemand;
import de.lotse.planning.duties.domain.Offer;
import de.lotse.planning.measures.application.MeasureService;
import de.lotse.planning.measures.domain.Measure;
import de.lotse.planning.reductions.domain.CitedBreach;
import de.lotse.planning.reductions.domain.Ground;
import de.lotse.planning.reductions.domain.ReductionCheck;
import de.lotse.planning.reductions.infrastructure.ReductionStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Records of benefit-reduction checks (§§ 31–32 SGB II; docs/domain.md §14). No event: the decision belongs
 * to the benefits department; the record documents the FM's check. The breach is read from the cited record
 * of the same case, never from the check's text.
 */
@Singleton
public class ReductionService {
    private final ReductionStore checks;
    private final DutyService duties;
    private final MeasureService measures;
    private final CaseWork work;
    private final AuditLog audit;

    ReductionService(
            ReductionStore checks, DutyService duties, MeasureService measures, CaseWork work, AuditLog audit) {
        this.checks = checks;
        this.duties = duties;
        this.measures = measures;
        this.work = work;
        this.audit = audit;
    }

    public record Input(
            Ground ground,
            LocalDate breachOn,
            LocalDate instructionGivenOn,
            boolean importantReason,
            boolean exceptionalHardship,
            LocalDate willingnessDeclaredOn,
            ReductionCheck.Outcome outcome,
            String justification) {}

    @Transactional
    public ReductionCheck record(CurrentUser user, UUID caseId, Input input) {
        CaseReference c = work.forChange(user, caseId);
        ReductionCheck check = ReductionCheck.record(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                cite(caseId, input.ground()),
                input.breachOn(),
                input.instructionGivenOn(),
                input.importantReason(),
                input.exceptionalHardship(),
                input.willingnessDeclaredOn(),
                input.outcome(),
                input.justification(),
                user.subject(),
                work.today(),
                work.clock().instant());
        checks.insert(check);
        return check;
    }

    private CitedBreach cite(UUID caseId, Ground ground) {
        return switch (ground.kind()) {
            case DUTY_DEMAND -> {
                DutyDemand d = duties.demandOf(caseId, ground.id()).orElseThrow(() -> unknown("Aufforderung"));
                yield new CitedBreach(
                        ground,
                        ReductionCheck.Breach.OBLIGATION_NOT_FULFILLED,
                        true,
                        null,
                        null,
                        d.dueBy() != null ? d.dueBy() : d.demandedOn(),
                        d.withLegalConsequenceNotice() ? d.demandedOn() : null);
            }
            case OFFER -> {
                Offer o = duties.offerOf(caseId, ground.id()).orElseThrow(() -> unknown("Angebot"));
                yield new CitedBreach(
                        ground,
                        o.kind() == Offer.Kind.MEASURE
                                ? ReductionCheck.Breach.MEASURE_ABORTED
                                : ReductionCheck.Breach.REASONABLE_OFFER_REFUSED,
                        o.refused(),
                        "Das Angebot wurde nicht abgelehnt und nicht vereitelt.",
                        o.respondedOn(),
                        o.offeredOn(),
                        o.withLegalConsequenceNotice() ? o.offeredOn() : null);
            }
            case MEASURE -> {
                Measure m = measures.find(caseId, ground.id()).orElseThrow(() -> unknown("Maßnahme"));
                yield new CitedBreach(
                        ground,
                        ReductionCheck.Breach.MEASURE_ABORTED,
                        m.outcome() == Measure.Outcome.ABORTED_BY_CUSTOMER,
                        "Die Maßnahme wurde nicht von der Kundin oder dem Kunden abgebrochen.",
                        m.endedOn(),
                        m.startedOn(),
                        null);
            }
        };
    }

    private static RuleViolation unknown(String what) {
        return new RuleViolation("ground.id", "UNKNOWN_RECORD", what + " gibt es in diesem Fall nicht.");
    }

    @Transactional
    public List<ReductionCheck> list(CurrentUser user, UUID caseId) {
        work.forReading(user, caseId);
        List<ReductionCheck> all = checks.of(caseId);
        audit.recordListOfCase(
                user,
                "reduction-check",
                caseId,
                all.stream().map(ReductionCheck::id).toList(),
                CaseWork.purpose(user));
        return all;
    }
}
