package de.lotse.planning.imports.application;

import de.lotse.planning.contacts.domain.Contact;
import de.lotse.planning.contacts.infrastructure.ContactStore;
import de.lotse.planning.measures.domain.Measure;
import de.lotse.planning.measures.infrastructure.MeasureStore;
import de.lotse.planning.notes.application.NoteHistory;
import de.lotse.planning.notes.domain.Note;
import de.lotse.planning.notes.domain.Visibility;
import de.lotse.planning.notes.infrastructure.NoteStore;
import de.lotse.planning.plans.application.AgreementHistory;
import de.lotse.planning.plans.domain.Agreement;
import de.lotse.planning.plans.domain.Goal;
import de.lotse.planning.plans.domain.Plan;
import de.lotse.planning.plans.domain.Step;
import de.lotse.planning.plans.domain.Strategy;
import de.lotse.planning.plans.infrastructure.PlanStore;
import de.lotse.planning.reviews.domain.ContinuationReview;
import de.lotse.planning.reviews.infrastructure.ReviewStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Planning's parts of cases in the record format (docs/import.md, {@code lotse-records.schema.json}) for an export:
 * plan, agreements, contacts, notes (by visibility class), measures and continuation reviews. Every item's
 * {@code sourceId} is its Lotse id; references between items use those (a strategy's need is the need's Lotse id, a
 * step's partner {@code {"system": "LOTSE", "id": …}}); staff are Lotse subjects. Imported into another Jobcenter,
 * the parts rebuild the same views.
 */
@Singleton
public class PlanningExport {
    /** Which notes an export includes. */
    public enum Notes {
        /** none */
        NONE,
        /** the classes the case's team reads (counselling and location-assessment notes) */
        TEAM,
        /** every class, FM-individual notes too (only when asked for explicitly) */
        ALL;

        Set<Visibility> visible() {
            return switch (this) {
                case NONE -> EnumSet.noneOf(Visibility.class);
                case TEAM -> EnumSet.of(Visibility.GENERAL, Visibility.LOCATION_ASSESSMENT);
                case ALL -> EnumSet.allOf(Visibility.class);
            };
        }
    }

    private final CaseReferences cases;
    private final PlanStore plans;
    private final ContactStore contacts;
    private final MeasureStore measures;
    private final NoteStore notes;
    private final ReviewStore reviews;
    private final AuditLog audit;

    PlanningExport(
            CaseReferences cases,
            PlanStore plans,
            ContactStore contacts,
            MeasureStore measures,
            NoteStore notes,
            ReviewStore reviews,
            AuditLog audit) {
        this.cases = cases;
        this.plans = plans;
        this.contacts = contacts;
        this.measures = measures;
        this.notes = notes;
        this.reviews = reviews;
        this.audit = audit;
    }

    /** The parts of those of the cases that are the caller's Jobcenter's, in the order asked; audited once. */
    @Transactional
    public List<Map<String, Object>> export(CurrentUser admin, List<UUID> caseIds, Notes withNotes) {
        String jobcenterId = admin.requireJobcenter();
        List<Map<String, Object>> exported = new ArrayList<>();
        for (UUID caseId : new java.util.LinkedHashSet<>(caseIds)) {
            cases.find(jobcenterId, caseId).ifPresent(c -> exported.add(parts(c, withNotes)));
        }
        audit.record(
                admin,
                "EXPORT",
                "case-planning",
                "cases",
                null,
                "Export: " + exported.size() + " Fälle, Vermerke " + withNotes.name());
        return exported;
    }

    private Map<String, Object> parts(CaseReference c, Notes withNotes) {
        UUID caseId = c.caseId();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("caseId", caseId.toString());
        plans.find(caseId).ifPresent(plan -> record.put("plan", plan(plan)));
        Map<UUID, LocalDate> signed = plans.signedOn(caseId);
        List<Object> agreements = plans.agreements(caseId).stream()
                .filter(a -> !Agreement.NONE.equals(a.type())) // "no agreement" is not an item of the format
                .map(a -> (Object) agreement(a, signed.get(a.id())))
                .toList();
        putList(record, "agreements", agreements);
        putList(
                record,
                "contacts",
                contacts.of(caseId).stream().map(PlanningExport::contact).toList());
        if (withNotes != Notes.NONE) {
            putList(
                    record,
                    "notes",
                    notes.of(caseId, withNotes.visible(), Integer.MAX_VALUE, 0).stream()
                            .sorted(java.util.Comparator.comparing(Note::writtenAt))
                            .map(PlanningExport::note)
                            .toList());
        }
        putList(
                record,
                "measures",
                measures.of(caseId).stream().map(PlanningExport::measure).toList());
        Map<UUID, LocalDate> decided = reviews.decidedOn(caseId);
        putList(
                record,
                "reviews",
                reviews.of(caseId).stream()
                        .sorted(java.util.Comparator.comparing(ContinuationReview::reviewedOn))
                        .map(r -> review(r, decided.get(r.id())))
                        .toList());
        return record;
    }

    private static Map<String, Object> plan(Plan p) {
        Map<String, Object> plan = new LinkedHashMap<>();
        Goal lead = p.leadGoal();
        if (lead != null && lead.text() != null && lead.targetCategory() != null) {
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("text", lead.text());
            goal.put("targetCategory", lead.targetCategory().name());
            put(goal, "targetDate", lead.targetDate());
            plan.put("leadGoal", goal);
        }
        putList(
                plan,
                "intermediateGoals",
                p.intermediateGoals().stream()
                        .map(g -> {
                            Map<String, Object> goal = new LinkedHashMap<>();
                            goal.put("sourceId", g.id().toString());
                            goal.put("text", g.text());
                            put(goal, "targetDate", g.targetDate());
                            return (Object) goal;
                        })
                        .toList());
        putList(
                plan,
                "strategies",
                p.strategies().stream().map(PlanningExport::strategy).toList());
        putList(plan, "steps", p.steps().stream().map(PlanningExport::step).toList());
        return plan;
    }

    private static Object strategy(Strategy s) {
        Map<String, Object> strategy = new LinkedHashMap<>();
        strategy.put("sourceId", s.id().toString());
        strategy.put("need", s.needId().toString());
        strategy.put("text", s.text());
        put(strategy, "intermediateGoal", s.intermediateGoalId());
        return strategy;
    }

    private static Object step(Step s) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("sourceId", s.id().toString());
        put(step, "strategy", s.strategyId());
        step.put("text", s.text());
        step.put("owner", s.owner().name());
        if (s.partnerId() != null) {
            step.put("partner", Map.of("system", "LOTSE", "id", s.partnerId().toString()));
        }
        put(step, "dueOn", s.dueOn());
        step.put("done", s.done());
        return step;
    }

    private static Map<String, Object> agreement(Agreement a, LocalDate signedOn) {
        Map<String, Object> agreement = new LinkedHashMap<>();
        agreement.put("sourceId", a.id().toString());
        agreement.put("type", AgreementHistory.formatType(a.type()));
        agreement.put("agreedOn", a.agreedOn().toString());
        put(agreement, "validUntil", a.validUntil());
        put(agreement, "reviewOn", a.reviewOn());
        agreement.put("jobcenterServices", a.jobcenterServices());
        agreement.put("customerObligations", a.customerObligations());
        agreement.put("legalConsequenceInstruction", a.legalConsequenceInstruction());
        put(agreement, "signedOn", signedOn);
        return agreement;
    }

    private static Object contact(Contact c) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("sourceId", c.id().toString());
        contact.put("occurredOn", c.occurredOn().toString());
        contact.put("format", c.format().name());
        contact.put("qualifiedNote", c.qualifiedNote());
        put(contact, "recordedBy", c.recordedBy());
        return contact;
    }

    private static Object note(Note n) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("sourceId", n.id().toString());
        note.put("writtenOn", NoteHistory.dayOf(n.writtenAt()).toString());
        put(note, "writtenBy", n.author());
        note.put("visibility", n.visibility().name());
        note.put("text", n.text());
        put(note, "contact", n.contactId());
        return note;
    }

    private static Object measure(Measure m) {
        Map<String, Object> measure = new LinkedHashMap<>();
        measure.put("sourceId", m.id().toString());
        measure.put("instrument", m.instrument().name());
        measure.put("title", m.title());
        measure.put("startedOn", m.startedOn().toString());
        put(measure, "plannedEndOn", m.plannedEndOn());
        put(measure, "endedOn", m.endedOn());
        put(measure, "outcome", m.outcome());
        return measure;
    }

    private static Object review(ContinuationReview r, LocalDate decidedOn) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("sourceId", r.id().toString());
        review.put("reviewedOn", r.reviewedOn().toString());
        put(review, "reviewedBy", r.reviewedBy());
        review.put("decision", r.decision().name());
        put(review, "reasons", r.reasons());
        put(review, "prognosis", r.prognosis());
        put(review, "extendedUntil", r.extendedUntil());
        if (r.decidedBy() != null) {
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("approved", r.extensionApproved());
            // a decision recorded before its day was kept: the review's day stands in
            decision.put("decidedOn", (decidedOn != null ? decidedOn : r.reviewedOn()).toString());
            decision.put("decidedBy", r.decidedBy());
            put(decision, "note", r.decisionNote());
            review.put("teamLeadDecision", decision);
        }
        return review;
    }

    private static void put(Map<String, Object> item, String field, Object value) {
        if (value != null) {
            item.put(field, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static void putList(Map<String, Object> item, String field, List<Object> values) {
        if (!values.isEmpty()) {
            item.put(field, values);
        }
    }
}
