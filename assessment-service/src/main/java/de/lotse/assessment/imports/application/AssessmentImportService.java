package de.lotse.assessment.imports.application;

import de.lotse.assessment.assessments.application.AssessmentHistory;
import de.lotse.assessment.assessments.domain.Assessment;
import de.lotse.assessment.assessments.domain.Need;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes assessment's part of a case over from another system (docs/import.md), once intake has taken the case over
 * and its {@code case-opened} arrived here: version by version, idempotent, audited. A check ({@link #check}) runs the
 * same replay against the record's own admission and closure days and keeps nothing. An export gives the versions
 * back in the record format.
 */
@Singleton
public class AssessmentImportService {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final CaseReferences cases;
    private final AssessmentHistory history;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    AssessmentImportService(
            CaseReferences cases,
            AssessmentHistory history,
            AuditLog audit,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.cases = cases;
        this.history = history;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the import added to the case ({@code assessments[1] 2025-04-01}); empty when nothing was new. */
    public record Outcome(UUID caseId, List<String> changes) {}

    /** A case's versions in the record format (an export). */
    public record ExportedCase(UUID caseId, List<AssessmentImport.ImportVersion> assessments) {}

    @Transactional
    public Outcome importCase(CurrentUser admin, UUID caseId, AssessmentImport record) {
        CaseReference c = cases.find(admin.requireJobcenter(), caseId)
                .orElseThrow(() -> new NotFound("Der Fall ist im Assessment (noch) nicht bekannt: zuerst übernimmt"
                        + " ihn die Fallaufnahme, dann kommt seine Eröffnung hier an."));
        boolean before = !history.of(c.jobcenterId(), List.of(caseId)).isEmpty();
        List<String> changes = take(c, record);
        if (!changes.isEmpty()) {
            audit.record(
                    admin,
                    before ? "IMPORT_UPDATE" : "IMPORT",
                    "case-assessment",
                    caseId.toString(),
                    caseId,
                    "Übernahme aus " + record.source().system() + " "
                            + record.source().id() + ": " + changes.size()
                            + " Versionen"); // the purpose column is short: counts only
        }
        return new Outcome(caseId, changes);
    }

    /**
     * Checks each record as its import would, against the admission and closure days the record names, in a
     * transaction of its own that is rolled back: nothing is written, published or audited.
     */
    public List<ImportChecks.Checked> check(CurrentUser admin, List<AssessmentImport> records) {
        String jobcenterId = admin.requireJobcenter();
        return ImportChecks.inRolledBackTransactions(transactions, records, record -> {
            if (record.admittedOn() == null && !record.assessments().isEmpty()) {
                throw new RuleViolation(
                        "admittedOn", "NOT_ADMITTED", "Ein Assessment gibt es nur in einem aufgenommenen Fall.");
            }
            take(checkedCase(jobcenterId, admin.subject(), record), record);
        });
    }

    /**
     * The versions of the caller's Jobcenter's cases among those asked for, in the record format: every item's
     * {@code sourceId} is its Lotse id. Cases without a version (or of another Jobcenter, or unknown) are absent.
     * Audited as one export with its count.
     */
    @Transactional
    public List<ExportedCase> export(CurrentUser admin, List<UUID> caseIds) {
        String jobcenterId = admin.requireJobcenter();
        Map<UUID, List<Assessment>> byCase = history.of(jobcenterId, caseIds);
        List<ExportedCase> exported = new ArrayList<>();
        byCase.forEach((caseId, versions) -> exported.add(new ExportedCase(
                caseId, versions.stream().map(AssessmentImportService::exported).toList())));
        audit.record(
                admin,
                "EXPORT",
                "case-assessment",
                null,
                null,
                "Export: " + exported.size() + " Fälle, "
                        + byCase.values().stream().mapToInt(List::size).sum() + " Versionen");
        return exported;
    }

    private static AssessmentImport.ImportVersion exported(Assessment a) {
        return new AssessmentImport.ImportVersion(
                a.id().toString(),
                a.assessedOn(),
                a.assessedBy(),
                a.validUntil(),
                a.profileCode(),
                a.prognosisHorizonMonths(),
                AssessmentImport.ImportOccupation.of(a.targetOccupation()),
                a.alternativeOccupations().stream()
                        .map(AssessmentImport.ImportOccupation::of)
                        .toList(),
                a.resubmissionOn(),
                a.obstructionEndsOn(),
                a.categoryChangeReason(),
                a.categoryChangeNote(),
                a.needs().stream().map(AssessmentImportService::exported).toList(),
                a.strengths().stream()
                        .map(s -> new AssessmentImport.ImportStrength(s.kind().name(), s.description()))
                        .toList());
    }

    private static AssessmentImport.ImportNeed exported(Need n) {
        return new AssessmentImport.ImportNeed(
                n.needId().toString(),
                n.code().name(),
                n.status(),
                n.priority(),
                n.entrenched(),
                n.identifiedOn(),
                n.description(),
                n.linkedToTargetOccupation(),
                n.linkReason());
    }

    private List<String> take(CaseReference c, AssessmentImport record) {
        List<AssessmentHistory.PastVersion> versions = new ArrayList<>();
        for (int i = 0; i < record.assessments().size(); i++) {
            versions.add(record.assessments()
                    .get(i)
                    .toPast("assessments[" + i + "]", record.source().system()));
        }
        return history.replay(c, versions, LocalDate.ofInstant(clock.instant(), BERLIN));
    }

    /** The case a check is about, known only from the record; the one checking stands in for its FM. */
    private static CaseReference checkedCase(String jobcenterId, String checker, AssessmentImport record) {
        return CaseReference.checkedFromRecord(
                UUID.randomUUID(), jobcenterId, checker, record.admittedOn(), record.closedOn(), null);
    }
}
