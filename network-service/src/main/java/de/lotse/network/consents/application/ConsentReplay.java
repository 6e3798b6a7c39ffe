package de.lotse.network.consents.application;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.domain.ConsentForm;
import de.lotse.network.consents.domain.Scope;
import de.lotse.network.consents.infrastructure.ConsentStore;
import de.lotse.network.importing.infrastructure.ImportedItemStore;
import de.lotse.network.partners.domain.Partner;
import de.lotse.network.partners.infrastructure.PartnerStore;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.importing.ImportedIds;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A case's consents as another system recorded them (docs/import.md), replayed through the consent domain with
 * each step's day as "today": given or refused on its day on the form version named, limited, renewed and revoked
 * in the order of their days — every rule of the live path holds (scopes within the form, purpose of the form,
 * validity of at most 24 months, one given consent per partner, a limitation narrows, only a given consent ends).
 * A consent whose validity ran out before a later step, or before today, is expired on the day after its
 * {@code validUntil}. Each step writes the history and the events of the live path with its historical time; a
 * refusal, as live, writes nothing but its history. Imported again, a step taken over changes nothing; a changed or
 * missing one is refused ({@code IMPORTED_HISTORY_CHANGED}).
 */
@Singleton
public class ConsentReplay {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String ROOT = "consent";
    private static final String STEP = "consent-step";

    private final ConsentStore consents;
    private final PartnerStore partners;
    private final ImportedItemStore items;
    private final ConsentEvents events;

    ConsentReplay(ConsentStore consents, PartnerStore partners, ImportedItemStore items, ConsentEvents events) {
        this.consents = consents;
        this.partners = partners;
        this.items = items;
        this.events = events;
    }

    /** A reference to a record of the file or of an earlier import, by its source key. */
    public record Ref(String system, String id) {
        @Override
        public String toString() {
            return system + " " + id;
        }
    }

    /** A step of a consent's history: LIMITED, RENEWED, REVOKED. */
    public record Step(String sourceId, String action, LocalDate on, List<String> scopes, LocalDate validUntil) {}

    /** A consent of the source system: GRANTED or REFUSED on its day, with its history. */
    public record Item(
            String sourceId,
            Ref partner,
            Ref form,
            String decision,
            LocalDate decidedOn,
            List<String> scopes,
            String purpose,
            LocalDate validUntil,
            String channel,
            List<Step> history) {}

    /**
     * The times of replayed steps: 09:00 Berlin time of their day, the steps of one day a minute apart (one instance
     * per case import, shared by consents and referrals, so that a referral on the day of a consent comes after it).
     */
    public static final class Stamps {
        private final Map<LocalDate, Integer> used = new HashMap<>();

        public Instant at(LocalDate day) {
            int n = used.merge(day, 1, Integer::sum) - 1;
            return day.atTime(LocalTime.of(9, 0)).plusMinutes(n).atZone(BERLIN).toInstant();
        }
    }

    /** The id in Lotse of an imported consent (its first record; a limitation or renewal is a record of its own). */
    public static UUID idOf(UUID caseId, String sourceId) {
        return ImportedIds.itemId(caseId, ROOT, sourceId);
    }

    static UUID stepIdOf(UUID caseId, String consentSourceId, String stepSourceId) {
        return ImportedIds.itemId(caseId, ROOT, consentSourceId + "/" + stepSourceId);
    }

    /** The partner record of an import, if the Jobcenter has it. */
    public Optional<Partner> partner(String jobcenterId, Ref ref) {
        return partners.find(jobcenterId, ImportedIds.recordId(jobcenterId, "partner", ref.system(), ref.id()));
    }

    private record Plan(
            int index,
            Item item,
            Partner partner,
            ConsentForm form,
            Set<Scope> scopes,
            Consent.Channel channel,
            boolean rootNew,
            List<Integer> newSteps,
            List<Set<Scope>> stepScopes) {}

    private record Action(LocalDate day, int item, int step) {}

    /**
     * Takes the consents over; returns the steps added ({@code consents[0] 2024-03-01},
     * {@code consents[0].history[1] 2024-09-01}). Broken rules of all consents are refused together.
     *
     * @param proof what stands in as the proof of each declaration (the source system's record)
     */
    public List<String> replay(
            CaseReference c, List<Item> imported, String actor, String proof, LocalDate today, Stamps stamps) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        Set<UUID> named = new HashSet<>();
        for (int i = 0; i < imported.size(); i++) {
            Item item = imported.get(i);
            named.add(idOf(c.caseId(), item.sourceId()));
            if (item.history() != null) {
                item.history().forEach(s -> named.add(stepIdOf(c.caseId(), item.sourceId(), s.sourceId())));
            }
            try {
                plans.add(plan(c, i, item, today));
            } catch (RuleViolation v) {
                prefixed(broken, "consents[" + i + "]", v);
            }
        }
        for (String kind : List.of(ROOT, STEP)) {
            items.of(c.caseId(), kind).values().stream()
                    .filter(known -> !named.contains(known.id()))
                    .forEach(known -> broken.add(new RuleViolation.Broken(
                            "consents",
                            "IMPORTED_HISTORY_CHANGED",
                            "Die Einwilligung (Schritt) " + known.sourceId() + " ist bereits übernommen und fehlt;"
                                    + " übernommene Geschichte wird nicht entfernt.")));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        List<Action> actions = new ArrayList<>();
        for (Plan p : plans) {
            if (p.rootNew()) {
                actions.add(new Action(p.item().decidedOn(), p.index(), -1));
            }
            for (int j : p.newSteps()) {
                actions.add(new Action(p.item().history().get(j).on(), p.index(), j));
            }
        }
        if (actions.isEmpty()) {
            return List.of();
        }
        actions.sort(
                Comparator.comparing(Action::day).thenComparing(Action::item).thenComparing(Action::step));
        Map<Integer, Plan> byIndex = new HashMap<>();
        plans.forEach(p -> byIndex.put(p.index(), p));
        Set<Integer> failed = new HashSet<>();
        List<String> changes = new ArrayList<>();
        for (Action a : actions) {
            if (failed.contains(a.item())) {
                continue;
            }
            Plan p = byIndex.get(a.item());
            String field = "consents[" + a.item() + "]" + (a.step() < 0 ? "" : ".history[" + a.step() + "]");
            try {
                expire(c, a.day());
                if (a.step() < 0) {
                    decide(c, p, actor, proof, stamps.at(a.day()));
                } else {
                    step(c, p, a.step(), actor, proof, stamps.at(a.day()));
                }
                changes.add(field + " " + a.day());
            } catch (RuleViolation v) {
                failed.add(a.item());
                prefixed(broken, field, v);
            } catch (StateConflict conflict) {
                failed.add(a.item());
                broken.add(new RuleViolation.Broken(field, conflict.rule(), conflict.getMessage()));
            }
        }
        expire(c, today);
        for (Plan p : plans) {
            if ((p.rootNew() || !p.newSteps().isEmpty())
                    && !p.partner().active()
                    && head(c.caseId(), idOf(c.caseId(), p.item().sourceId())).status() == Consent.Status.GIVEN) {
                broken.add(new RuleViolation.Broken(
                        "consents[" + p.index() + "].partner",
                        "PARTNER_INACTIVE",
                        "Der Partner ist nicht mehr aktiv: eine heute noch erteilte Einwilligung für ihn wird nicht"
                                + " übernommen."));
            }
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        return changes;
    }

    /**
     * The consent the customer had given the partner at that moment, as it stood then (given), if any: what a
     * replayed referral or partner report is checked against.
     */
    public Consent givenAt(UUID caseId, UUID partnerId, Instant at) {
        for (Consent consent : consents.of(caseId)) {
            if (consent.partnerId().equals(partnerId)
                    && consent.status() != Consent.Status.REFUSED
                    && !consent.recordedAt().isAfter(at)
                    && (consent.endedAt() == null || consent.endedAt().isAfter(at))) {
                return new Consent(
                        consent.id(),
                        consent.caseId(),
                        consent.jobcenterId(),
                        consent.partnerId(),
                        consent.formId(),
                        Consent.Status.GIVEN,
                        consent.scopes(),
                        consent.purposeCode(),
                        consent.validFrom(),
                        consent.validUntil(),
                        consent.channel(),
                        consent.documentRef(),
                        consent.supersedes(),
                        consent.recordedBy(),
                        consent.recordedAt(),
                        null);
            }
        }
        return null;
    }

    private Plan plan(CaseReference c, int index, Item item, LocalDate today) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        String jc = c.jobcenterId();
        Partner partner = partner(jc, item.partner()).orElse(null);
        if (partner == null) {
            broken.add(new RuleViolation.Broken(
                    "partner", "UNKNOWN_PARTNER", "Der Partner ist weder in der Datei noch bereits übernommen."));
        }
        ConsentForm form = consents.form(
                        jc,
                        ImportedIds.recordId(
                                jc,
                                "consentForm",
                                item.form().system(),
                                item.form().id()))
                .orElse(null);
        if (form == null) {
            broken.add(new RuleViolation.Broken(
                    "form",
                    "UNKNOWN_FORM",
                    "Das Einwilligungsformular ist weder in der Datei noch bereits übernommen."));
        }
        Set<Scope> scopes = scopes("scopes", item.scopes(), broken);
        Consent.Channel channel = Consent.Channel.WRITTEN;
        if (item.channel() != null) {
            try {
                channel = Consent.Channel.valueOf(item.channel());
            } catch (IllegalArgumentException e) {
                broken.add(new RuleViolation.Broken(
                        "channel",
                        "UNKNOWN_CODE",
                        "Schriftlich oder elektronisch (SGB X § 67b): einen anderen Weg kennt Lotse nicht."));
            }
        }
        if (!"GRANTED".equals(item.decision()) && !"REFUSED".equals(item.decision())) {
            broken.add(new RuleViolation.Broken(
                    "decision", "UNKNOWN_CODE", "Erteilt oder abgelehnt: eine andere Entscheidung kennt Lotse nicht."));
        }
        LocalDate decided = item.decidedOn();
        day("decidedOn", decided, c, today, true, broken);
        if (form != null && decided.isBefore(consents.formValidFrom(form.id()))) {
            broken.add(new RuleViolation.Broken(
                    "form",
                    "FORM_NOT_YET_VALID",
                    "Die Formularversion gilt erst ab " + consents.formValidFrom(form.id()) + "."));
        }
        List<Step> history = item.history() == null ? List.of() : item.history();
        if ("REFUSED".equals(item.decision()) && !history.isEmpty()) {
            broken.add(new RuleViolation.Broken(
                    "history",
                    "REFUSED_HAS_NO_HISTORY",
                    "Eine Ablehnung wird nicht beschränkt, verlängert oder widerrufen."));
        }
        List<Set<Scope>> stepScopes = new ArrayList<>();
        LocalDate previous = decided;
        for (int j = 0; j < history.size(); j++) {
            Step s = history.get(j);
            String f = "history[" + j + "]";
            stepScopes.add(scopes(f + ".scopes", s.scopes(), broken));
            if (!List.of("LIMITED", "RENEWED", "REVOKED").contains(s.action())) {
                broken.add(new RuleViolation.Broken(
                        f + ".action",
                        "UNKNOWN_CODE",
                        "Beschränkt, verlängert oder widerrufen: einen anderen Schritt kennt Lotse nicht."));
            }
            if (s.on().isBefore(previous)) {
                broken.add(new RuleViolation.Broken(
                        f + ".on",
                        "ORDER",
                        "Die Schritte folgen in der Reihenfolge ihrer Tage (ab " + previous + ")."));
            }
            // a revocation is possible after the closure too (as live); a limitation or renewal is a change of the case
            day(f + ".on", s.on(), c, today, !"REVOKED".equals(s.action()), broken);
            previous = s.on().isBefore(previous) ? previous : s.on();
        }
        UUID rootId = idOf(c.caseId(), item.sourceId());
        Optional<String> known = items.content(rootId);
        if (known.isPresent() && !known.get().equals(content(item))) {
            broken.add(changed(""));
        }
        List<Integer> newSteps = new ArrayList<>();
        for (int j = 0; j < history.size(); j++) {
            Optional<String> step = items.content(
                    stepIdOf(c.caseId(), item.sourceId(), history.get(j).sourceId()));
            if (step.isPresent()) {
                if (!step.get().equals(content(history.get(j))) || !newSteps.isEmpty()) {
                    broken.add(changed("history[" + j + "]"));
                }
            } else {
                newSteps.add(j);
            }
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        return new Plan(index, item, partner, form, scopes, channel, known.isEmpty(), newSteps, stepScopes);
    }

    private void decide(CaseReference c, Plan p, String actor, String proof, Instant at) {
        Item item = p.item();
        LocalDate day = item.decidedOn();
        UUID id = idOf(c.caseId(), item.sourceId());
        Consent consent;
        if ("REFUSED".equals(item.decision())) {
            consent = Consent.refuse(
                    id, c.caseId(), c.jobcenterId(), p.partner().id(), p.form(), p.channel(), actor, day, at);
            consents.insert(consent);
            consents.history(consent, "REFUSED", actor, at);
            // as live: a refusal is recorded and nothing follows from it — no event (docs/domain.md §9.4)
        } else {
            if (consents.given(c.caseId(), p.partner().id()).isPresent()) {
                throw new RuleViolation(
                        "partner",
                        "CONSENT_EXISTS",
                        "Für diesen Partner lag an diesem Tag schon eine erteilte Einwilligung vor.");
            }
            try {
                consent = Consent.give(
                        id,
                        c.caseId(),
                        c.jobcenterId(),
                        p.partner().id(),
                        p.form(),
                        p.scopes(),
                        item.purpose(),
                        day,
                        item.validUntil(),
                        p.channel(),
                        proof,
                        null,
                        actor,
                        day,
                        at);
            } catch (RuleViolation v) {
                throw renamed(v);
            }
            consents.insert(consent);
            consents.history(consent, "GIVEN", actor, at);
            events.granted(consent);
        }
        items.insert(c.caseId(), new ImportedItemStore.Item(id, ROOT, item.sourceId(), content(item)), at);
    }

    private void step(CaseReference c, Plan p, int j, String actor, String proof, Instant at) {
        Step s = p.item().history().get(j);
        Consent head = head(c.caseId(), idOf(c.caseId(), p.item().sourceId()));
        UUID stepId = stepIdOf(c.caseId(), p.item().sourceId(), s.sourceId());
        switch (s.action()) {
            case "REVOKED" -> {
                Consent revoked = head.end(Consent.Status.REVOKED, at);
                if (!consents.end(revoked)) {
                    throw new StateConflict("CONSENT_NOT_GIVEN", "Die Einwilligung ist nicht (mehr) erteilt.");
                }
                consents.history(revoked, "REVOKED", actor, at);
                events.ended(revoked, "REVOKED", at);
            }
            case "LIMITED" -> {
                Set<Scope> narrower = p.stepScopes().get(j);
                head.requireLimitation(narrower);
                replace(
                        c,
                        head,
                        stepId,
                        narrower,
                        s.validUntil() != null ? s.validUntil() : head.validUntil(),
                        s.on(),
                        actor,
                        proof,
                        at,
                        "LIMITED");
            }
            default -> {
                if (s.validUntil() == null) {
                    throw new RuleViolation("validUntil", "REQUIRED", "Eine Verlängerung nennt ihr neues Ende.");
                }
                Set<Scope> scopes = p.stepScopes().get(j);
                if (!scopes.isEmpty() && !scopes.equals(head.scopes())) {
                    throw new RuleViolation(
                            "scopes",
                            "NOT_A_RENEWAL",
                            "Eine Verlängerung behält die Freigaben; weniger freizugeben ist eine Beschränkung.");
                }
                replace(c, head, stepId, head.scopes(), s.validUntil(), s.on(), actor, proof, at, "RENEWED");
            }
        }
        items.insert(
                c.caseId(),
                new ImportedItemStore.Item(stepId, STEP, p.item().sourceId() + "/" + s.sourceId(), content(s)),
                at);
    }

    private void replace(
            CaseReference c,
            Consent current,
            UUID nextId,
            Set<Scope> scopes,
            LocalDate validUntil,
            LocalDate day,
            String actor,
            String proof,
            Instant at,
            String kind) {
        Consent ended = current.end(Consent.Status.SUPERSEDED, at);
        if (!consents.end(ended)) {
            throw new StateConflict("CONSENT_NOT_GIVEN", "Die Einwilligung ist nicht (mehr) erteilt.");
        }
        ConsentForm form = consents.form(c.jobcenterId(), current.formId()).orElseThrow();
        Consent next;
        try {
            next = Consent.give(
                    nextId,
                    c.caseId(),
                    c.jobcenterId(),
                    current.partnerId(),
                    form,
                    scopes,
                    current.purposeCode(),
                    day,
                    validUntil,
                    current.channel(),
                    proof,
                    current.id(),
                    actor,
                    day,
                    at);
        } catch (RuleViolation v) {
            throw renamed(v);
        }
        consents.insert(next);
        consents.history(ended, "SUPERSEDED", actor, at);
        consents.history(next, kind, actor, at);
        events.ended(ended, "SUPERSEDED", at);
        events.granted(next);
    }

    /** Ends the case's given consents whose validity ran out before the day, on the day after their end. */
    private void expire(CaseReference c, LocalDate day) {
        for (Consent consent : consents.of(c.caseId())) {
            if (consent.status() == Consent.Status.GIVEN && consent.validUntil().isBefore(day)) {
                Instant at =
                        consent.validUntil().plusDays(1).atStartOfDay(BERLIN).toInstant();
                Consent expired = consent.end(Consent.Status.EXPIRED, at);
                consents.end(expired);
                consents.history(expired, "EXPIRED", "system", at);
                events.ended(consent, "EXPIRED", at);
            }
        }
    }

    /** The latest record of an imported consent: the first one, or the one its last limitation or renewal made. */
    private Consent head(UUID caseId, UUID rootId) {
        List<Consent> all = consents.of(caseId);
        Consent head =
                all.stream().filter(x -> x.id().equals(rootId)).findFirst().orElseThrow();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Consent x : all) {
                if (head.id().equals(x.supersedes())) {
                    head = x;
                    moved = true;
                    break;
                }
            }
        }
        return head;
    }

    private static void day(
            String field,
            LocalDate day,
            CaseReference c,
            LocalDate today,
            boolean whileOpen,
            List<RuleViolation.Broken> broken) {
        if (day.isAfter(today)) {
            broken.add(new RuleViolation.Broken(field, "IN_FUTURE", "Übernommen wird, was schon geschehen ist."));
        } else if ((c.admittedOn() != null && day.isBefore(c.admittedOn()))
                || (whileOpen && c.closedOn() != null && day.isAfter(c.closedOn()))) {
            broken.add(new RuleViolation.Broken(
                    field,
                    "OUTSIDE_CASE",
                    "Der Tag liegt außerhalb des Falls (" + c.admittedOn()
                            + (c.closedOn() == null ? "" : " bis " + c.closedOn()) + ")."));
        }
    }

    private static Set<Scope> scopes(String field, List<String> given, List<RuleViolation.Broken> broken) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        List<String> codes = given == null ? List.of() : given;
        for (int k = 0; k < codes.size(); k++) {
            try {
                scopes.add(Scope.valueOf(codes.get(k)));
            } catch (IllegalArgumentException | NullPointerException e) {
                broken.add(new RuleViolation.Broken(
                        field + "[" + k + "]",
                        "UNKNOWN_CODE",
                        "Diese Informationsart kennt Lotse nicht (siehe API-Dokumentation)."));
            }
        }
        return scopes;
    }

    private static String content(Item item) {
        return String.join(
                "|",
                item.partner().toString(),
                item.form().toString(),
                item.decision(),
                String.valueOf(item.decidedOn()),
                sorted(item.scopes()),
                String.valueOf(item.purpose()),
                String.valueOf(item.validUntil()),
                String.valueOf(item.channel()));
    }

    private static String content(Step s) {
        return String.join("|", s.action(), String.valueOf(s.on()), sorted(s.scopes()), String.valueOf(s.validUntil()));
    }

    private static String sorted(List<String> codes) {
        return codes == null
                ? ""
                : String.join(
                        ",", codes.stream().filter(Objects::nonNull).sorted().toList());
    }

    static RuleViolation.Broken changed(String field) {
        return new RuleViolation.Broken(
                field,
                "IMPORTED_HISTORY_CHANGED",
                "Bereits übernommen und durch eine erneute Übernahme nicht zu ändern; eine Korrektur erfolgt im Fall"
                        + " selbst.");
    }

    /** The domain's field names in the words of the format. */
    private static RuleViolation renamed(RuleViolation v) {
        Map<String, String> names = Map.of("purposeCode", "purpose", "partnerId", "partner", "formId", "form");
        return new RuleViolation(v.broken().stream()
                .map(b -> new RuleViolation.Broken(names.getOrDefault(b.field(), b.field()), b.rule(), b.message()))
                .toList());
    }

    /** Adds a refusal's broken rules under the item's field ({@code consents[2].validUntil}). */
    public static void prefixed(List<RuleViolation.Broken> broken, String prefix, RuleViolation v) {
        v.broken().stream()
                .map(b -> new RuleViolation.Broken(
                        b.field().isEmpty() ? prefix : prefix + "." + b.field(), b.rule(), b.message()))
                .forEach(broken::add);
    }
}
