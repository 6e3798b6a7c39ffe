package de.lotse.intake.nonreferral.application;

import de.lotse.intake.customers.application.CustomerService;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.eligibility.application.EligibilityService;
import de.lotse.intake.eligibility.domain.CustomerFacts;
import de.lotse.intake.eligibility.domain.Eligibility;
import de.lotse.intake.nonreferral.domain.NonReferral;
import de.lotse.intake.nonreferral.domain.NonReferralReason;
import de.lotse.intake.nonreferral.domain.NonReferralWithCustomer;
import de.lotse.intake.nonreferral.domain.Recheck;
import de.lotse.intake.nonreferral.domain.RecheckOutcome;
import de.lotse.intake.nonreferral.infrastructure.NonReferralStore;
import de.lotse.intake.policy.application.PolicyService;
import de.lotse.intake.policy.domain.JobcenterPolicy;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.contracts.NonReferralRecorded;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.InvalidInput;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.outbox.OutboxWriter;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Nichtvormerkung (PANKOW 4.2, BA2010 3b): the AV documents why a customer who meets the criteria
 * is not referred; the decision is re-checked at the latest after the policy's interval, and each
 * re-check is documented. A referral of the customer resolves it.
 */
@Singleton
public class NonReferralService {
    private final NonReferralStore store;
    private final CustomerService customers;
    private final EligibilityService eligibility;
    private final PolicyService policies;
    private final OutboxWriter outbox;
    private final AuditLog audit;
    private final Clock clock;

    NonReferralService(
            NonReferralStore store,
            CustomerService customers,
            EligibilityService eligibility,
            PolicyService policies,
            OutboxWriter outbox,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.customers = customers;
        this.eligibility = eligibility;
        this.policies = policies;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** A non-referral as the AV records it. */
    public record Command(
            CustomerService.MasterData customer, NonReferralReason reason, String note, CustomerFacts facts) {}

    /** A re-check as the AV documents it. */
    public record RecheckCommand(RecheckOutcome outcome, LocalDate checkedOn, String reasonCode, String note) {}

    /** A non-referral with its re-checks and the eligibility answer it rested on. */
    public record Details(NonReferralWithCustomer line, List<Recheck> rechecks) {}

    @Transactional
    public Details record(CurrentUser user, Command command) {
        String jobcenterId = user.requireJobcenter();
        JobcenterPolicy policy = policies.inForce(jobcenterId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PolicyService.BERLIN);
        Customer customer = customers.resolve(jobcenterId, command.customer());
        if (store.openFor(customer.id()).isPresent()) {
            throw new StateConflict(
                    "NON_REFERRAL_OPEN",
                    "Für diese Kundin / diesen Kunden ist bereits eine Nichtvormerkung offen; bitte deren Überprüfung dokumentieren.");
        }
        // a non-referral leaves the responsible AV as it is: the resolved customer is the stored one for the read rule
        CustomerFacts facts = eligibility.facts(user, policy.settings(), customer, command.facts());
        Eligibility answer = eligibility.evaluate(policy.settings(), policy.version(), facts, today);
        if (!answer.eligible()) {
            throw new RuleViolation(
                    "facts",
                    "CRITERIA_NOT_MET",
                    "Die Zugangskriterien sind nicht erfüllt: eine"
                            + " Nichtvormerkung wird nur für Kund:innen dokumentiert, die die Kriterien erfüllen.");
        }
        String team = command.customer().teamId() != null
                ? command.customer().teamId()
                : customer.teamId() != null ? customer.teamId() : user.teamId();
        if (team == null) {
            throw new InvalidInput("customer.teamId", "required", "Das Team fehlt (weder im Antrag noch im Token).");
        }
        NonReferral nonReferral = NonReferral.record(
                UUID.randomUUID(),
                jobcenterId,
                customer.id(),
                team,
                command.reason(),
                command.note(),
                user.subject(),
                now,
                today,
                policy.version(),
                policy.settings().nonReferralRecheckMonths());
        store.insert(nonReferral, eligibility.snapshot(answer));
        publish(nonReferral, 0, policy.version(), now);
        return new Details(new NonReferralWithCustomer(nonReferral, customer), List.of());
    }

    @Transactional
    public Details recheck(CurrentUser user, UUID id, RecheckCommand command) {
        NonReferralWithCustomer line = load(user, id);
        requireOwn(user, line);
        JobcenterPolicy policy = policies.inForce(line.nonReferral().jobcenterId());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PolicyService.BERLIN);
        LocalDate checkedOn = command.checkedOn() != null ? command.checkedOn() : today;
        NonReferral checked = line.nonReferral()
                .recheck(command.outcome(), checkedOn, today, policy.settings().nonReferralRecheckMonths());
        store.update(
                checked,
                new Recheck(
                        checked.rechecks(),
                        user.subject(),
                        checkedOn,
                        now,
                        command.outcome(),
                        command.reasonCode(),
                        command.note(),
                        checked.recheckDueOn(),
                        policy.version()));
        publish(checked, checked.rechecks(), policy.version(), now);
        return new Details(new NonReferralWithCustomer(checked, line.customer()), store.rechecks(id));
    }

    /** A referral of the customer resolves an open non-referral as a documented re-check. */
    @Transactional
    public void resolveByReferral(CurrentUser user, UUID customerId, int policyVersion, Instant now, LocalDate today) {
        store.openFor(customerId).ifPresent(open -> {
            LocalDate checkedOn = today.isBefore(open.recordedOn()) ? open.recordedOn() : today;
            NonReferral resolved = open.recheck(RecheckOutcome.REFERRED, checkedOn, today, null);
            store.update(
                    resolved,
                    new Recheck(
                            resolved.rechecks(),
                            user.subject(),
                            checkedOn,
                            now,
                            RecheckOutcome.REFERRED,
                            null,
                            null,
                            null,
                            policyVersion));
            publish(resolved, resolved.rechecks(), policyVersion, now);
        });
    }

    @Transactional
    public Details read(CurrentUser user, UUID id) {
        NonReferralWithCustomer line = load(user, id);
        requireOwn(user, line);
        audit.record(user, "READ", "non-referral", id.toString(), null, "Nichtvormerkung");
        return new Details(line, store.rechecks(id));
    }

    /** An AV's (or a team lead's team's) non-referrals; {@code dueWithinDays} limits to re-checks due by then. */
    @Transactional
    public Page<NonReferralWithCustomer> list(
            CurrentUser user, boolean openOnly, Integer dueWithinDays, PageRequest page) {
        String jobcenterId = user.requireJobcenter();
        LocalDate today = LocalDate.ofInstant(clock.instant(), PolicyService.BERLIN);
        LocalDate dueBy = dueWithinDays == null ? null : today.plusDays(dueWithinDays);
        Page<NonReferralWithCustomer> result = user.has(Roles.AV)
                ? store.list(jobcenterId, user.subject(), null, openOnly, dueBy, page)
                : store.list(jobcenterId, null, requireTeam(user), openOnly, dueBy, page);
        audit.recordList(
                user,
                "non-referral",
                result.items().stream().map(line -> line.nonReferral().id()).toList(),
                "Prüfliste Nichtvormerkung");
        return result;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PolicyService.BERLIN);
    }

    private NonReferralWithCustomer load(CurrentUser user, UUID id) {
        return store.find(user.requireJobcenter(), id).orElseThrow(() -> NotFound.of("Nichtvormerkung"));
    }

    private static void requireOwn(CurrentUser user, NonReferralWithCustomer line) {
        boolean av = user.has(Roles.AV)
                && (user.subject().equals(line.nonReferral().recordedBy())
                        || user.subject().equals(line.customer().responsibleAvId()));
        boolean tl = user.has(Roles.TL) && line.nonReferral().teamId().equals(user.teamId());
        if (!av && !tl) {
            throw new AccessDenied(
                    "NOT_YOUR_CUSTOMER",
                    "Diese Nichtvormerkung betrifft weder Ihre Kundinnen und Kunden noch Ihr Team.");
        }
    }

    private static String requireTeam(CurrentUser user) {
        if (user.teamId() == null) {
            throw new AccessDenied("NO_TEAM", "Das Token enthält kein Team.");
        }
        return user.teamId();
    }

    private void publish(NonReferral n, int recheckNumber, int policyVersion, Instant at) {
        outbox.append(
                n.jobcenterId(),
                n.id(),
                NonReferralRecorded.builder()
                        .caseId(n.id())
                        .customerRef(n.customerId())
                        .teamId(n.teamId())
                        .reasonCode(n.reason().name())
                        .recheckDueOn(n.recheckDueOn())
                        .recordedAt(at)
                        .status(n.open() ? "OPEN" : "RESOLVED")
                        .recheckNumber(recheckNumber)
                        .policyVersion(policyVersion)
                        .build());
    }
}
