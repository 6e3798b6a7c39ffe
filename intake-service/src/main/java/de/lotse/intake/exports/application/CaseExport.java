package de.lotse.intake.exports.application;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.domain.CaseDecision;
import de.lotse.intake.cases.domain.Deputy;
import de.lotse.intake.cases.domain.TransferKind;
import de.lotse.intake.cases.infrastructure.CaseStore;
import de.lotse.intake.cases.infrastructure.DecisionLog;
import de.lotse.intake.customers.application.CustomerService;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.imports.application.CaseImport;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static de.lotse.intake.policy.application.PolicyService.BERLIN;

/**
 * Intake's part of everything a Jobcenter holds (docs/import.md, "Export"): each case as intake would take it
 * over again ({@link CaseImport}), keyed {@code LOTSE <case id>}, with its steps from the case and its decision log.
 * The export client walks through the Jobcenter's cases page by page and adds the other services' parts.
 */
@Singleton
public class CaseExport {
    /** The source system of an exported record: this installation, the case's id as the key. */
    public static final String SOURCE_SYSTEM = "LOTSE";
    /** The transfers an import replays (HistoryReplay.Transfer); the handovers between FM areas are not exported. */
    private static final Set<String> IMPORTED_TRANSFERS =
            Set.of(TransferKind.U25_TO_UE25.name(), TransferKind.RELOCATION.name(), TransferKind.REORGANISATION.name());

    private final CaseStore cases;
    private final DecisionLog decisions;
    private final CustomerService customers;
    private final AuditLog audit;

    CaseExport(CaseStore cases, DecisionLog decisions, CustomerService customers, AuditLog audit) {
        this.cases = cases;
        this.decisions = decisions;
        this.customers = customers;
        this.audit = audit;
    }

    /** One exported case. */
    public record Exported(UUID caseId, CaseImport record) {}

    /** A page of cases and where the next page starts (null after the last). */
    public record Page(List<Exported> cases, UUID next) {}

    /** The Jobcenter's cases after {@code after} (null: from the first), at most {@code limit}; audited as a whole. */
    @Transactional
    public Page page(CurrentUser admin, UUID after, int limit) {
        String jobcenterId = admin.requireJobcenter();
        List<BfmCase> page = cases.pageOf(jobcenterId, after, limit);
        List<Exported> exported = new ArrayList<>(page.size());
        for (BfmCase c : page) {
            Customer customer = customers.require(jobcenterId, c.customerId());
            exported.add(new Exported(c.id(), recordOf(c, customer, decisions.of(c.id()))));
        }
        if (!page.isEmpty()) {
            // one entry per page: who exported how many cases from where (the purpose column is short)
            audit.record(
                    admin,
                    "EXPORT",
                    "case-page",
                    page.get(0).id().toString(),
                    null,
                    "Export: " + page.size() + " Fälle ab " + page.get(0).id());
        }
        UUID next = page.size() < limit ? null : page.get(page.size() - 1).id();
        return new Page(exported, next);
    }

    static CaseImport recordOf(BfmCase c, Customer customer, List<CaseDecision> log) {
        var referral = c.referral();
        CaseImport.Admission admission = null;
        if (c.admission() != null) {
            admission = new CaseImport.Admission(
                    "ADMITTED",
                    c.admission().admittedOn(),
                    c.admission().decidedBy(),
                    true, // an admission needs the customer's willingness (docs/domain.md §3)
                    c.admission().variant(),
                    c.admission().jointCaseDiscussionOn(),
                    null,
                    null);
        } else if (c.decline() != null) {
            admission = new CaseImport.Admission(
                    "DECLINED",
                    c.decline().declinedAt().atZone(BERLIN).toLocalDate(),
                    c.decline().declinedBy(),
                    null,
                    null,
                    null,
                    c.decline().reason(),
                    c.decline().note());
        }
        CaseImport.FirstConsultation first =
                c.firstConsultation() == null || c.firstConsultation().heldOn() == null
                        ? null
                        : new CaseImport.FirstConsultation(c.firstConsultation().heldOn());
        CaseImport.Closure closure = null;
        if (c.closure() != null) {
            var h = c.closure().handover();
            closure = new CaseImport.Closure(
                    c.closure().closedOn(),
                    c.closure().reasonCode(),
                    c.closure().closedBy(),
                    h == null ? null : new CaseImport.Handover(h.avId(), h.on(), h.teamLeadInvolved()),
                    c.closure().afterCareUntil(),
                    c.closure().note());
        }
        return new CaseImport(
                new CaseImport.Source(SOURCE_SYSTEM, c.id().toString()),
                new CaseImport.Customer(
                        customer.customerNumber(),
                        customer.firstName(),
                        customer.lastName(),
                        customer.dateOfBirth(),
                        customer.householdRef()),
                new CaseImport.Referral(
                        referral.route(),
                        referral.referredOn(),
                        referral.referredBy(),
                        teamReferredTo(c, log),
                        referral.reasons(),
                        referral.note(),
                        referral.applicationOn(),
                        referral.benefitDecisionOn()),
                admission,
                first,
                assignments(c, log),
                closure);
    }

    /**
     * Later changes of FM and the deputies, from the decision log. A deputy's last day is the case's own record for
     * the current deputy; for an earlier one it is the day before its end was recorded (a later deputy, a
     * reassignment, or the day the absence was ended).
     */
    private static List<CaseImport.Assignment> assignments(BfmCase c, List<CaseDecision> log) {
        List<CaseImport.Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            CaseDecision d = log.get(i);
            LocalDate on = d.decidedAt().atZone(BERLIN).toLocalDate();
            String sourceId = d.kind().toLowerCase(Locale.ROOT) + "-" + (i + 1);
            if ("REASSIGNMENT".equals(d.kind())) {
                assignments.add(CaseImport.Assignment.reassignment(sourceId, on, d.outcome()));
            } else if ("TRANSFER".equals(d.kind()) && IMPORTED_TRANSFERS.contains(d.outcome())) {
                // entries from before the log kept the assignment (V4_9): the case's own team and FM
                boolean kept = d.teamId() != null;
                assignments.add(CaseImport.Assignment.transfer(
                        sourceId,
                        on,
                        TransferKind.valueOf(d.outcome()),
                        kept ? d.teamId() : c.teamId(),
                        kept ? d.caseManagerId() : c.caseManagerId(),
                        false,
                        d.note()));
            } else if ("DEPUTY".equals(d.kind())) {
                Deputy current = c.deputy();
                LocalDate until = current != null
                                && current.deputyId().equals(d.outcome())
                                && current.from().equals(on)
                        ? current.until()
                        : endOfDeputy(log, i, on);
                assignments.add(CaseImport.Assignment.deputy(
                        sourceId, on, d.outcome(), until, "CUSTOMER_AGREED".equals(d.reasonCode())));
            }
        }
        return assignments;
    }

    /**
     * The team the case was referred to: the referral's decision log entry keeps it; entries from before it was kept
     * (V4_9) give the case's team, which is the same unless the case was transferred since.
     */
    private static String teamReferredTo(BfmCase c, List<CaseDecision> log) {
        return log.stream()
                .filter(d -> "REFERRAL".equals(d.kind()) && d.teamId() != null)
                .map(CaseDecision::teamId)
                .findFirst()
                .orElse(c.teamId());
    }

    private static LocalDate endOfDeputy(List<CaseDecision> log, int index, LocalDate from) {
        for (int j = index + 1; j < log.size(); j++) {
            String kind = log.get(j).kind();
            if ("DEPUTY_END".equals(kind)
                    || "DEPUTY".equals(kind)
                    || "REASSIGNMENT".equals(kind)
                    || "TRANSFER".equals(kind)) {
                LocalDate ended = log.get(j).decidedAt().atZone(BERLIN).toLocalDate();
                return ended.isAfter(from) ? ended.minusDays(1) : from;
            }
        }
        return from;
    }
}
