package de.lotse.intake.imports.application;

import de.lotse.intake.cases.application.HistoryReplay;
import de.lotse.intake.cases.domain.Handover;
import de.lotse.intake.customers.application.CustomerService;
import de.lotse.intake.imports.infrastructure.ImportedCaseStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.domain.InvalidInput;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.importing.ImportChecks;
import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a case over from another system (docs/import.md), idempotent by its source key: the first import replays
 * the whole history, the same record again changes nothing, a changed record replays the steps it added. A
 * step already taken over cannot change (history is never rewritten by an import); the customer's household may.
 * Every write is audited; a check ({@link #check}) runs the same replay and keeps nothing.
 */
@Singleton
public class CaseImportService {
    private final HistoryReplay replay;
    private final ImportedCaseStore store;
    private final CustomerService customers;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;

    CaseImportService(
            HistoryReplay replay,
            ImportedCaseStore store,
            CustomerService customers,
            AuditLog audit,
            JsonMapper json,
            Clock clock,
            TransactionOperations<Connection> transactions) {
        this.replay = replay;
        this.store = store;
        this.customers = customers;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** What an import did to the case. */
    public enum Result {
        CREATED,
        UNCHANGED,
        UPDATED
    }

    /**
     * @param changes the steps replayed, as field and day ({@code closure 2025-07-15}); empty when unchanged
     */
    public record Outcome(UUID caseId, Result result, List<String> changes) {}

    /** The case's id in Lotse: the same Jobcenter and source key always name the same case. */
    public static UUID caseIdOf(String jobcenterId, CaseImport.Source source) {
        return ImportedIds.caseId(jobcenterId, source.system(), source.id());
    }

    @Transactional
    public Outcome importCase(CurrentUser admin, CaseImport record) {
        String jobcenterId = admin.requireJobcenter();
        CaseImport.Source source = record.source();
        UUID caseId = caseIdOf(jobcenterId, source);
        String part = write(record);
        String hash = sha256(part);
        Optional<ImportedCaseStore.Imported> known = store.find(jobcenterId, source.system(), source.id());
        if (known.isPresent() && known.get().hash().equals(hash)) {
            return new Outcome(caseId, Result.UNCHANGED, List.of());
        }
        HistoryReplay.History history = history(jobcenterId, caseId, record);
        List<HistoryReplay.Step> steps = history.ordered();
        String key = source.system() + " " + source.id();
        if (known.isEmpty()) {
            replay.replay(history, steps);
            store.insert(
                    jobcenterId, source.system(), source.id(), caseId, part, hash, clock.instant(), admin.subject());
            audit.record(admin, "IMPORT", "case", caseId.toString(), caseId, "Übernahme aus " + key);
            return new Outcome(caseId, Result.CREATED, List.of());
        }
        CaseImport before = read(known.get().part());
        List<String> changes = new ArrayList<>(customerChanges(jobcenterId, before, record));
        List<HistoryReplay.Step> taken = history(jobcenterId, caseId, before).ordered();
        int common = 0;
        while (common < taken.size()
                && common < steps.size()
                && taken.get(common).equals(steps.get(common))) {
            common++;
        }
        if (common < taken.size()) {
            throw new RuleViolation(
                    taken.get(common).field(),
                    "IMPORTED_HISTORY_CHANGED",
                    "Dieser Schritt ist bereits übernommen und lässt sich durch eine erneute Übernahme nicht ändern"
                            + " oder entfernen; eine Korrektur erfolgt im Fall selbst.");
        }
        List<HistoryReplay.Step> added = steps.subList(common, steps.size());
        replay.replay(history, added);
        added.forEach(step -> changes.add(step.field() + " " + step.on()));
        store.update(jobcenterId, source.system(), source.id(), part, hash, clock.instant());
        audit.record(
                admin,
                "IMPORT_UPDATE",
                "case",
                caseId.toString(),
                caseId,
                "Übernahme aus " + key + " geändert: " + changes.size() + " Schritte"); // the purpose column is short
        return new Outcome(caseId, Result.UPDATED, changes);
    }

    /**
     * Checks each record as its import would, in a transaction of its own that is rolled back: nothing is
     * written, published or audited. Records of one check do not see each other.
     */
    public List<ImportChecks.Checked> check(CurrentUser admin, List<CaseImport> records) {
        return ImportChecks.inRolledBackTransactions(transactions, records, record -> importCase(admin, record));
    }

    /**
     * A run of the import client over a file, in the audit log: who, when, how many records and cases, how many
     * with problems, the file's SHA-256 — so that a data-protection officer can tell which file brought which cases.
     */
    @Transactional
    public void recordRun(CurrentUser admin, String fileSha256, long records, long cases, long invalid, String phase) {
        audit.record(
                admin,
                "IMPORT_RUN",
                "import-file",
                fileSha256,
                null,
                phase + ": " + records + " Datensätze, " + cases + " Fälle, " + invalid + " mit Problemen");
    }

    /** Only the household of a customer taken over may change; names and birth date belong to the case file. */
    private List<String> customerChanges(String jobcenterId, CaseImport before, CaseImport now) {
        CaseImport.Customer was = before.customer();
        CaseImport.Customer is = now.customer();
        List<RuleViolation.Broken> refused = new ArrayList<>();
        if (!was.customerNumber().equals(is.customerNumber())) {
            refused.add(masterData("customer.customerNumber"));
        }
        if (!was.firstName().equals(is.firstName())) {
            refused.add(masterData("customer.firstName"));
        }
        if (!was.lastName().equals(is.lastName())) {
            refused.add(masterData("customer.lastName"));
        }
        if (!was.dateOfBirth().equals(is.dateOfBirth())) {
            refused.add(masterData("customer.dateOfBirth"));
        }
        if (!refused.isEmpty()) {
            throw new RuleViolation(refused);
        }
        if (Objects.equals(was.householdRef(), is.householdRef())) {
            return List.of();
        }
        customers.resolve(jobcenterId, masterData(now));
        return List.of("customer.householdRef");
    }

    private static RuleViolation.Broken masterData(String field) {
        return new RuleViolation.Broken(
                field,
                "IMPORTED_MASTER_DATA_CHANGED",
                "Die Stammdaten eines übernommenen Falls ändert die Fallaufnahme, nicht eine erneute Übernahme.");
    }

    private static HistoryReplay.History history(String jobcenterId, UUID caseId, CaseImport record) {
        List<HistoryReplay.Step> steps = new ArrayList<>();
        CaseImport.Referral r = record.referral();
        steps.add(new HistoryReplay.Referral(
                r.route(),
                r.referredOn(),
                r.referredBy(),
                r.teamId(),
                r.reasons(),
                r.note(),
                r.applicationOn(),
                r.benefitDecisionOn()));
        CaseImport.Admission a = record.admission();
        if (a != null) {
            steps.add(new HistoryReplay.Admission(
                    "ADMITTED".equals(a.decision()),
                    a.decidedOn(),
                    a.decidedBy(),
                    Boolean.TRUE.equals(a.customerWilling()),
                    a.supportVariant(),
                    a.jointCaseDiscussionOn(),
                    a.declineReason(),
                    a.note()));
        }
        if (record.firstConsultation() != null) {
            steps.add(new HistoryReplay.FirstConsultation(
                    record.firstConsultation().heldOn()));
        }
        List<CaseImport.Assignment> assignments = record.assignments();
        for (int i = 0; i < assignments.size(); i++) {
            CaseImport.Assignment assignment = assignments.get(i);
            String field = "assignments[" + i + "]";
            if ("REASSIGNMENT".equals(assignment.kind())) {
                steps.add(new HistoryReplay.Reassignment(
                        field, assignment.on(), required(assignment.caseManagerId(), field + ".caseManagerId")));
            } else if ("TRANSFER".equals(assignment.kind())) {
                steps.add(new HistoryReplay.Transfer(
                        field,
                        assignment.on(),
                        required(assignment.transferKind(), field + ".transferKind"),
                        required(assignment.teamId(), field + ".teamId"),
                        required(assignment.caseManagerId(), field + ".caseManagerId"),
                        Boolean.TRUE.equals(assignment.despiteRunningMeasures()),
                        assignment.note()));
            } else {
                steps.add(new HistoryReplay.DeputyPeriod(
                        field,
                        assignment.on(),
                        required(assignment.deputyId(), field + ".deputyId"),
                        required(assignment.until(), field + ".until"),
                        Boolean.TRUE.equals(assignment.customerAgreed())));
            }
        }
        CaseImport.Closure c = record.closure();
        if (c != null) {
            CaseImport.Handover h = c.handover();
            steps.add(new HistoryReplay.Closure(
                    c.closedOn(),
                    c.reason(),
                    c.closedBy(),
                    h == null ? null : new Handover(h.avId(), h.on(), Boolean.TRUE.equals(h.teamLeadInvolved())),
                    c.afterCareUntil(),
                    c.note()));
        }
        CaseImport.Source source = record.source();
        return new HistoryReplay.History(
                jobcenterId,
                caseId,
                masterData(record),
                "Übernommen aus " + source.system() + " " + source.id(),
                steps);
    }

    private static CustomerService.MasterData masterData(CaseImport record) {
        CaseImport.Customer c = record.customer();
        CaseImport.Referral r = record.referral();
        return new CustomerService.MasterData(
                c.customerNumber(),
                c.firstName(),
                c.lastName(),
                c.dateOfBirth(),
                c.householdRef(),
                r.teamId(),
                // the placement officer who referred stays responsible for the customer (docs/domain.md §3.2)
                r.route().fmMayRefer() ? null : r.referredBy());
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInput(field, "required", "Diese Angabe fehlt.");
        }
        return value;
    }

    private String write(CaseImport record) {
        try {
            return json.writeValueAsString(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CaseImport read(String part) {
        try {
            return json.readValue(part, CaseImport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
