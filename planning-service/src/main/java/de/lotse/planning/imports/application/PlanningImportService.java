package de.lotse.planning.imports.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.contacts.application.ContactHistory;
import de.lotse.planning.measures.application.MeasureHistory;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.importing.ImportChecks;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Takes planning's part of a case over from another system (docs/import.md), once intake has taken the case
 * over and its {@code case-opened} arrived here: idempotent item by item, audited. A check ({@link #check}) runs
 * the same replay against the record's own admission and closure days and keeps nothing.
 */
@Singleton
public class PlanningImportService {
    private final CaseReferences cases;
    private final ContactHistory contacts;
    private final MeasureHistory measures;
    private final CaseWork work;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;

    PlanningImportService(
            CaseReferences cases,
            ContactHistory contacts,
            MeasureHistory measures,
            CaseWork work,
            AuditLog audit,
            TransactionOperations<Connection> transactions) {
        this.cases = cases;
        this.contacts = contacts;
        this.measures = measures;
        this.work = work;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** What the import added to the case ({@code contacts[3] 2025-04-01}); empty when nothing was new. */
    public record Outcome(UUID caseId, List<String> changes) {}

    @Transactional
    public Outcome importCase(CurrentUser admin, UUID caseId, PlanningImport record) {
        CaseReference c = cases.find(admin.requireJobcenter(), caseId)
                .orElseThrow(() -> new NotFound("Der Fall ist in der Planung (noch) nicht bekannt: zuerst übernimmt"
                        + " ihn die Fallaufnahme, dann kommt seine Eröffnung hier an."));
        List<String> changes = take(c, record);
        if (!changes.isEmpty()) {
            audit.record(
                    admin,
                    "IMPORT",
                    "case-planning",
                    caseId.toString(),
                    caseId,
                    "Übernahme aus " + record.source().system() + " "
                            + record.source().id() + ": " + changes.size()
                            + " Einträge"); // the purpose column is short
        }
        return new Outcome(caseId, changes);
    }

    /**
     * Checks each record as its import would, against the admission and closure days the record names, in a
     * transaction of its own that is rolled back: nothing is written, published or audited.
     */
    public List<ImportChecks.Checked> check(CurrentUser admin, List<PlanningImport> records) {
        String jobcenterId = admin.requireJobcenter();
        return ImportChecks.inRolledBackTransactions(transactions, records, record -> {
            if (record.admittedOn() == null
                    && !(record.contacts().isEmpty() && record.measures().isEmpty())) {
                throw new RuleViolation(
                        "admittedOn",
                        "NOT_ADMITTED",
                        "Kontakte und Maßnahmen gibt es nur in einem aufgenommenen Fall.");
            }
            take(checkedCase(jobcenterId, admin.subject(), record), record);
        });
    }

    private List<String> take(CaseReference c, PlanningImport record) {
        List<ContactHistory.Imported> imported = new ArrayList<>();
        for (int i = 0; i < record.contacts().size(); i++) {
            PlanningImport.Contact contact = record.contacts().get(i);
            imported.add(new ContactHistory.Imported(
                    "contacts[" + i + "]",
                    contact.sourceId(),
                    contact.occurredOn(),
                    contact.format(),
                    Boolean.TRUE.equals(contact.qualifiedNote()),
                    contact.recordedBy()));
        }
        List<MeasureHistory.Imported> started = new ArrayList<>();
        for (int i = 0; i < record.measures().size(); i++) {
            PlanningImport.Measure m = record.measures().get(i);
            started.add(new MeasureHistory.Imported(
                    "measures[" + i + "]",
                    m.sourceId(),
                    m.instrument(),
                    m.title(),
                    m.startedOn(),
                    m.plannedEndOn(),
                    m.endedOn(),
                    m.outcome(),
                    m.recordedBy()));
        }
        // every broken rule of both lists in one answer
        List<RuleViolation.Broken> broken = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        try {
            changes.addAll(measures.replay(c, started, work.today()));
        } catch (RuleViolation violation) {
            broken.addAll(violation.broken());
        }
        try {
            changes.addAll(contacts.replay(c, imported, work.today()));
        } catch (RuleViolation violation) {
            broken.addAll(violation.broken());
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        return changes;
    }

    /**
     * A stand-in for the case a check is about: it exists only in the record, with the record's days; the one
     * checking stands in for its FM (who recorded an entry without a name).
     */
    private static CaseReference checkedCase(String jobcenterId, String checker, PlanningImport record) {
        return new CaseReference(
                UUID.randomUUID(),
                jobcenterId,
                null,
                null,
                checker,
                null,
                null,
                record.admittedOn(),
                null,
                null,
                null,
                null,
                record.closedOn(),
                null,
                null,
                null,
                null,
                null);
    }
}
