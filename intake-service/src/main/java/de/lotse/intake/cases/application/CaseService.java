package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.AgeGroup;
import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.Customer;
import de.lotse.intake.cases.infrastructure.CaseStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.contracts.CaseReferred;
import de.lotse.platform.outbox.OutboxWriter;
import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Referral (Vormerkung) and admission (Fallzugang). Each state change and its event are written
 * in one transaction (outbox); the case is only ever visible within its own Jobcenter.
 */
@Singleton
public class CaseService {
    /** Jobcenter policies arrive with the policy feature; until then decisions record "no policy" (0). */
    static final int NO_POLICY_VERSION = 0;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final CaseStore store;
    private final OutboxWriter outbox;
    private final AuditLog audit;
    private final Clock clock;

    CaseService(CaseStore store, OutboxWriter outbox, AuditLog audit, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CaseDetails refer(CurrentUser user, ReferralCommand command) {
        String jobcenterId = user.requireJobcenter();
        String teamId = command.teamId() != null ? command.teamId() : user.teamId();
        if (teamId == null) {
            throw ProblemException.invalid("teamId", "required",
                    "Das FM-Team fehlt (weder im Antrag noch im Token des Benutzers).");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BERLIN);
        Customer customer = store.findCustomer(jobcenterId, command.customerNumber())
                .map(existing -> sameCustomer(existing, command))
                .orElseGet(() -> {
                    Customer created = new Customer(UUID.randomUUID(), jobcenterId, command.customerNumber(),
                            command.firstName(), command.lastName(), command.dateOfBirth());
                    store.insert(created);
                    return created;
                });
        if (store.hasOpenCase(customer.id())) {
            throw ProblemException.conflict("Für diese Kundennummer besteht bereits eine Vormerkung oder ein offener Fall.");
        }
        BfmCase bfmCase = BfmCase.refer(jobcenterId, customer.id(), command.route(), command.reasons(),
                command.note(), AgeGroup.at(customer.dateOfBirth(), today), teamId, user.subject(), now,
                NO_POLICY_VERSION);
        store.insert(bfmCase);
        outbox.append(jobcenterId, bfmCase.id(), new CaseReferred(bfmCase.id(), UUID.randomUUID(), customer.id(),
                bfmCase.route().name(), user.subject(), teamId, bfmCase.ageGroup().name(),
                bfmCase.reasons().stream().map(Enum::name).toList(), bfmCase.policyVersion(), now));
        return new CaseDetails(bfmCase, customer);
    }

    @Transactional
    public CaseDetails admit(CurrentUser user, UUID caseId, boolean customerWilling, LocalDate admittedOn) {
        BfmCase bfmCase = load(user, caseId);
        Instant now = clock.instant();
        bfmCase.admit(user.subject(), customerWilling,
                admittedOn != null ? admittedOn : LocalDate.ofInstant(now, BERLIN), now);
        store.update(bfmCase);
        outbox.append(bfmCase.jobcenterId(), bfmCase.id(), new CaseOpened(bfmCase.id(), bfmCase.customerId(),
                bfmCase.teamId(), bfmCase.caseManagerId(), bfmCase.route().name(), bfmCase.ageGroup().name(),
                bfmCase.policyVersion(), bfmCase.admittedOn(), now));
        return new CaseDetails(bfmCase, customer(bfmCase));
    }

    /** A protected read: the customer's identity is shown, so the read is audited. */
    @Transactional
    public CaseDetails view(CurrentUser user, UUID caseId) {
        BfmCase bfmCase = load(user, caseId);
        audit.record(user, "READ", "case", caseId.toString(), caseId,
                user.has(Roles.FM) ? "Fallbearbeitung" : "Vormerkung/Aufsicht");
        return new CaseDetails(bfmCase, customer(bfmCase));
    }

    private BfmCase load(CurrentUser user, UUID caseId) {
        return store.find(user.requireJobcenter(), caseId)
                .orElseThrow(() -> ProblemException.notFound("Fall", caseId));
    }

    private Customer customer(BfmCase bfmCase) {
        return store.findCustomer(bfmCase.customerId())
                .orElseThrow(() -> new IllegalStateException("case " + bfmCase.id() + " without customer"));
    }

    private static Customer sameCustomer(Customer existing, ReferralCommand command) {
        if (!existing.dateOfBirth().equals(command.dateOfBirth())
                || !existing.lastName().equalsIgnoreCase(command.lastName())) {
            throw ProblemException.conflict("Die Kundennummer ist bereits mit anderen Stammdaten erfasst.");
        }
        return existing;
    }
}
