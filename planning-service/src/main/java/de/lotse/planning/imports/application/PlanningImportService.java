package de.lotse.planning.imports.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.casefacts.application.PlanningPolicies;
import de.lotse.planning.casefacts.domain.CaseNeed;
import de.lotse.planning.casefacts.infrastructure.CaseFactsStore;
import de.lotse.planning.contacts.application.ContactHistory;
import de.lotse.planning.measures.application.MeasureHistory;
import de.lotse.planning.notes.application.NoteHistory;
import de.lotse.planning.plans.application.AgreementHistory;
import de.lotse.planning.plans.application.PlanHistory;
import de.lotse.planning.plans.domain.Goal;
import de.lotse.planning.plans.domain.Step;
import de.lotse.planning.plans.domain.Strategy;
import de.lotse.planning.reviews.application.ReviewHistory;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.importing.ImportChecks;
import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.LocalDate;
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
    private final PlanHistory planHistory;
    private final AgreementHistory agreementHistory;
    private final NoteHistory noteHistory;
    private final ReviewHistory reviewHistory;
    private final CaseFactsStore facts;
    private final PlanningPolicies policies;
    private final CaseWork work;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;

    PlanningImportService(
            CaseReferences cases,
            ContactHistory contacts,
            MeasureHistory measures,
            PlanHistory planHistory,
            AgreementHistory agreementHistory,
            NoteHistory noteHistory,
            ReviewHistory reviewHistory,
            CaseFactsStore facts,
            PlanningPolicies policies,
            CaseWork work,
            AuditLog audit,
            TransactionOperations<Connection> transactions) {
        this.cases = cases;
        this.contacts = contacts;
        this.measures = measures;
        this.planHistory = planHistory;
        this.agreementHistory = agreementHistory;
        this.noteHistory = noteHistory;
        this.reviewHistory = reviewHistory;
        this.facts = facts;
        this.policies = policies;
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
        List<String> changes = take(c, record, needsFor(caseId, record), admin.subject());
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
     * Checks each record as its import would, against the admission and closure days the record names and the
     * needs of its latest assessment, in a transaction of its own that is rolled back: nothing is written, published
     * or audited.
     */
    public List<ImportChecks.Checked> check(CurrentUser admin, List<PlanningImport> records) {
        String jobcenterId = admin.requireJobcenter();
        return ImportChecks.inRolledBackTransactions(transactions, records, record -> {
            if (record.admittedOn() == null && record.hasCaseWork()) {
                throw new RuleViolation(
                        "admittedOn",
                        "NOT_ADMITTED",
                        "Kontakte, Maßnahmen, Plan, Vereinbarungen, Vermerke und Prüfungen gibt es nur in einem"
                                + " aufgenommenen Fall.");
            }
            CaseReference c = checkedCase(
                    jobcenterId,
                    admin.subject(),
                    record,
                    record.admittedOn() == null ? null : policies.maxDurationEndsOn(jobcenterId, record.admittedOn()));
            // the needs are assessment's: here those of the record's latest assessment, by their derived ids (the
            // key group is not known to planning before assessment's events name it; it only orders the plan)
            List<CaseNeed> needs = record.assessedNeeds().stream()
                    .map(n -> new CaseNeed(
                            ImportedIds.itemId(c.caseId(), "need", n.sourceId()),
                            KeyGroup.LIVING_CONDITIONS,
                            null,
                            n.status() == null ? "IDENTIFIED" : n.status()))
                    .toList();
            take(c, record, needs, admin.subject());
        });
    }

    private List<String> take(CaseReference c, PlanningImport record, List<CaseNeed> needs, String admin) {
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
        LocalDate today = work.today();
        // every broken rule of every part in one answer; measures before reviews (an AGH running on a review's
        // day), contacts before notes (a note names its contact)
        List<RuleViolation.Broken> broken = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        collect(() -> measures.replay(c, started, today), changes, broken);
        collect(() -> contacts.replay(c, imported, today), changes, broken);
        collect(() -> noteHistory.replay(c, notes(c, record), today), changes, broken);
        if (record.plan() != null) {
            collect(
                    () -> planHistory.take(
                            c,
                            plan(c, record.plan()),
                            needs,
                            admin,
                            work.clock().instant()),
                    changes,
                    broken);
        }
        collect(() -> agreementHistory.replay(c, agreements(record), today), changes, broken);
        collect(() -> reviewHistory.replay(c, reviews(record), today), changes, broken);
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        return changes;
    }

    private static void collect(
            java.util.function.Supplier<List<String>> part, List<String> changes, List<RuleViolation.Broken> broken) {
        try {
            changes.addAll(part.get());
        } catch (RuleViolation violation) {
            broken.addAll(violation.broken());
        }
    }

    /**
     * The needs a write judges the plan's strategies by: assessment's, as its events named them. A strategy naming a
     * need that has not arrived yet (assessment writes its part before planning, its events follow) is answered like
     * a case not known yet: the client offers the part again.
     */
    private List<CaseNeed> needsFor(UUID caseId, PlanningImport record) {
        List<CaseNeed> known = facts.needs(caseId);
        if (record.plan() != null) {
            for (PlanningImport.ImportedStrategy s : record.plan().strategies()) {
                UUID needId = ImportedIds.itemId(caseId, "need", s.need());
                if (known.stream().noneMatch(n -> n.needId().equals(needId))) {
                    throw new NotFound("Der Handlungsbedarf „" + s.need() + "“ ist in der Planung (noch) nicht"
                            + " bekannt: zuerst übernimmt das Assessment ihn, dann kommt er hier an.");
                }
            }
        }
        return known;
    }

    private static PlanHistory.Imported plan(CaseReference c, PlanningImport.ImportedPlan plan) {
        UUID caseId = c.caseId();
        PlanningImport.LeadGoal lead = plan.leadGoal();
        return new PlanHistory.Imported(
                lead == null
                        ? null
                        : new Goal(
                                ImportedIds.itemId(caseId, "leadGoal", "lead"),
                                lead.text(),
                                lead.targetCategory(),
                                lead.targetDate()),
                plan.intermediateGoals().stream()
                        .map(g -> new Goal(
                                ImportedIds.itemId(caseId, "goal", g.sourceId()), g.text(), null, g.targetDate()))
                        .toList(),
                plan.strategies().stream()
                        .map(s -> new Strategy(
                                ImportedIds.itemId(caseId, "strategy", s.sourceId()),
                                ImportedIds.itemId(caseId, "need", s.need()),
                                null,
                                s.text(),
                                s.intermediateGoal() == null
                                        ? null
                                        : ImportedIds.itemId(caseId, "goal", s.intermediateGoal())))
                        .toList(),
                plan.steps().stream()
                        .map(s -> new Step(
                                ImportedIds.itemId(caseId, "step", s.sourceId()),
                                s.strategy() == null ? null : ImportedIds.itemId(caseId, "strategy", s.strategy()),
                                s.text(),
                                s.owner(),
                                s.partner() == null
                                        ? null
                                        : ImportedIds.recordId(
                                                c.jobcenterId(),
                                                "partner",
                                                s.partner().system(),
                                                s.partner().id()),
                                s.dueOn(),
                                Boolean.TRUE.equals(s.done())))
                        .toList());
    }

    private static List<NoteHistory.Imported> notes(CaseReference c, PlanningImport record) {
        List<NoteHistory.Imported> notes = new ArrayList<>();
        for (int i = 0; i < record.notes().size(); i++) {
            PlanningImport.ImportedNote n = record.notes().get(i);
            notes.add(new NoteHistory.Imported(
                    "notes[" + i + "]",
                    n.sourceId(),
                    n.writtenOn(),
                    n.writtenBy(),
                    n.visibility(),
                    n.text(),
                    n.contact() == null ? null : ContactHistory.idOf(c.caseId(), n.contact())));
        }
        return notes;
    }

    private static List<AgreementHistory.Imported> agreements(PlanningImport record) {
        List<AgreementHistory.Imported> agreements = new ArrayList<>();
        for (int i = 0; i < record.agreements().size(); i++) {
            PlanningImport.ImportedAgreement a = record.agreements().get(i);
            agreements.add(new AgreementHistory.Imported(
                    "agreements[" + i + "]",
                    a.sourceId(),
                    a.type(),
                    a.agreedOn(),
                    a.validUntil(),
                    a.reviewOn(),
                    a.jobcenterServices(),
                    a.customerObligations(),
                    Boolean.TRUE.equals(a.legalConsequenceInstruction()),
                    a.signedOn()));
        }
        return agreements;
    }

    private static List<ReviewHistory.Imported> reviews(PlanningImport record) {
        List<ReviewHistory.Imported> reviews = new ArrayList<>();
        for (int i = 0; i < record.reviews().size(); i++) {
            PlanningImport.ImportedReview r = record.reviews().get(i);
            PlanningImport.TeamLeadDecision d = r.teamLeadDecision();
            reviews.add(new ReviewHistory.Imported(
                    "reviews[" + i + "]",
                    r.sourceId(),
                    r.reviewedOn(),
                    r.reviewedBy(),
                    r.decision(),
                    r.reasons(),
                    r.prognosis(),
                    r.extendedUntil(),
                    d == null
                            ? null
                            : new ReviewHistory.Decided(d.approved(), d.decidedOn(), d.decidedBy(), d.note())));
        }
        return reviews;
    }

    /**
     * A stand-in for the case a check is about: it exists only in the record, with the record's days; the one
     * checking stands in for its FM (who recorded an entry without a name).
     */
    private static CaseReference checkedCase(
            String jobcenterId, String checker, PlanningImport record, LocalDate maxDurationEndsOn) {
        return CaseReference.checkedFromRecord(
                UUID.randomUUID(), jobcenterId, checker, record.admittedOn(), record.closedOn(), maxDurationEndsOn);
    }
}
