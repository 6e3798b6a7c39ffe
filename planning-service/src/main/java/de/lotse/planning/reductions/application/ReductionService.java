package de.lotse.planning.reductions.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.reductions.domain.ReductionCheck;
import de.lotse.planning.reductions.infrastructure.ReductionStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Records of benefit-reduction checks (§§31–32 SGB II). No event: the decision belongs to the benefits
 * department; the record documents the FM's check. Consent never enters it (see {@link ReductionCheck}).
 */
@Singleton
public class ReductionService {
    private final ReductionStore checks;
    private final CaseWork work;
    private final AuditLog audit;

    ReductionService(ReductionStore checks, CaseWork work, AuditLog audit) {
        this.checks = checks;
        this.work = work;
        this.audit = audit;
    }

    public record Input(String breach, LocalDate breachOn, LocalDate instructionGivenOn, boolean importantReason,
                        boolean exceptionalHardship, LocalDate willingnessDeclaredOn, ReductionCheck.Outcome outcome,
                        String justification) {
    }

    @Transactional
    public ReductionCheck record(CurrentUser user, UUID caseId, Input input) {
        CaseReference c = work.forChange(user, caseId);
        ReductionCheck check = ReductionCheck.record(UUID.randomUUID(), caseId, c.jobcenterId(), input.breach(),
                input.breachOn(), input.instructionGivenOn(), input.importantReason(), input.exceptionalHardship(),
                input.willingnessDeclaredOn(), input.outcome(), input.justification(), user.subject(), work.today(),
                work.clock().instant());
        checks.insert(check);
        return check;
    }

    @Transactional
    public List<ReductionCheck> list(CurrentUser user, UUID caseId) {
        work.forReading(user, caseId);
        List<ReductionCheck> all = checks.of(caseId);
        audit.recordListOfCase(user, "reduction-check", caseId, all.stream().map(ReductionCheck::id).toList(),
                CaseWork.purpose(user));
        return all;
    }
}
