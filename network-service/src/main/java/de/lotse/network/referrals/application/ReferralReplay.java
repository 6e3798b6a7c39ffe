package de.lotse.network.referrals.application;

import de.lotse.network.consents.application.ConsentReplay;
import de.lotse.network.importing.infrastructure.ImportedItemStore;
import de.lotse.network.partners.domain.Partner;
import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.network.referrals.domain.Referral;
import de.lotse.network.referrals.infrastructure.ReferralStore;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.contracts.ReferralSent;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.outbox.OutboxWriter;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A case's referrals to partner services as another system recorded them (docs/import.md), replayed through the
 * referral domain with each day as "today": sent on its day (the service must be one the partner offers, the due
 * day not before it), then each status of its history as the partner or the Jobcenter set it — a partner's report
 * needs the scope of the consent the customer had given that partner on that day, as live. Runs after the case's
 * consents. A referral still open in a closed case ends with the closure. Events carry the historical times.
 */
@Singleton
public class ReferralReplay {
    private static final String ROOT = "referral";
    private static final String STEP = "referral-step";

    private final ReferralStore referrals;
    private final ReferralService service;
    private final ConsentReplay consents;
    private final ImportedItemStore items;
    private final OutboxWriter outbox;

    ReferralReplay(
            ReferralStore referrals,
            ReferralService service,
            ConsentReplay consents,
            ImportedItemStore items,
            OutboxWriter outbox) {
        this.referrals = referrals;
        this.service = service;
        this.consents = consents;
        this.items = items;
        this.outbox = outbox;
    }

    /** A status of a referral's history, with its coded reason for a rejection or an abort. */
    public record Step(String sourceId, String status, LocalDate on, String reasonCode) {}

    /** A referral of the source system. */
    public record Item(
            String sourceId,
            ConsentReplay.Ref partner,
            String service,
            LocalDate referredOn,
            LocalDate dueOn,
            List<Step> statusHistory) {}

    /** The referral's id in Lotse. */
    public static UUID idOf(UUID caseId, String sourceId) {
        return ImportedIds.itemId(caseId, ROOT, sourceId);
    }

    private static UUID stepIdOf(UUID caseId, String referralSourceId, String stepSourceId) {
        return ImportedIds.itemId(caseId, ROOT, referralSourceId + "/" + stepSourceId);
    }

    /** Takes the referrals over; returns what was added ({@code partnerReferrals[0] 2024-03-01}, …). */
    public List<String> replay(
            CaseReference c, List<Item> imported, String actor, LocalDate today, ConsentReplay.Stamps stamps) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        Set<UUID> named = new HashSet<>();
        for (int i = 0; i < imported.size(); i++) {
            Item item = imported.get(i);
            named.add(idOf(c.caseId(), item.sourceId()));
            steps(item).forEach(s -> named.add(stepIdOf(c.caseId(), item.sourceId(), s.sourceId())));
        }
        for (String kind : List.of(ROOT, STEP)) {
            items.of(c.caseId(), kind).values().stream()
                    .filter(known -> !named.contains(known.id()))
                    .forEach(known -> broken.add(new RuleViolation.Broken(
                            "partnerReferrals",
                            "IMPORTED_HISTORY_CHANGED",
                            "Die Überweisung (Status) " + known.sourceId() + " ist bereits übernommen und fehlt;"
                                    + " übernommene Geschichte wird nicht entfernt.")));
        }
        for (int i = 0; i < imported.size(); i++) {
            String field = "partnerReferrals[" + i + "]";
            try {
                changes.addAll(take(c, field, imported.get(i), actor, today, stamps));
            } catch (RuleViolation v) {
                ConsentReplay.prefixed(broken, field, v);
            } catch (StateConflict conflict) {
                broken.add(new RuleViolation.Broken(field, conflict.rule(), conflict.getMessage()));
            }
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        return changes;
    }

    private List<String> take(
            CaseReference c, String field, Item item, String actor, LocalDate today, ConsentReplay.Stamps stamps) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        Partner partner = consents.partner(c.jobcenterId(), item.partner()).orElse(null);
        if (partner == null) {
            broken.add(new RuleViolation.Broken(
                    "partner", "UNKNOWN_PARTNER", "Der Partner ist weder in der Datei noch bereits übernommen."));
        }
        ServiceCode code = null;
        try {
            code = ServiceCode.valueOf(item.service());
        } catch (IllegalArgumentException | NullPointerException e) {
            broken.add(new RuleViolation.Broken(
                    "service", "UNKNOWN_CODE", "Diese Leistung kennt Lotse nicht (siehe API-Dokumentation)."));
        }
        day("referredOn", item.referredOn(), c, today, broken);
        List<Step> steps = steps(item);
        List<Referral.Status> statuses = new ArrayList<>();
        LocalDate previous = item.referredOn();
        for (int j = 0; j < steps.size(); j++) {
            Step s = steps.get(j);
            try {
                statuses.add(Referral.Status.valueOf(s.status()));
            } catch (IllegalArgumentException | NullPointerException e) {
                statuses.add(null);
                broken.add(new RuleViolation.Broken(
                        "statusHistory[" + j + "].status",
                        "UNKNOWN_CODE",
                        "Diesen Status kennt Lotse nicht (siehe API-Dokumentation)."));
            }
            if (s.on().isBefore(previous)) {
                broken.add(new RuleViolation.Broken(
                        "statusHistory[" + j + "].on",
                        "ORDER",
                        "Die Status folgen in der Reihenfolge ihrer Tage (ab " + previous + ")."));
            } else {
                previous = s.on();
            }
            day("statusHistory[" + j + "].on", s.on(), c, today, broken);
        }
        UUID id = idOf(c.caseId(), item.sourceId());
        Optional<String> known = items.content(id);
        if (known.isPresent() && !known.get().equals(content(item))) {
            broken.add(changed(""));
        }
        List<Integer> newSteps = new ArrayList<>();
        for (int j = 0; j < steps.size(); j++) {
            Optional<String> step = items.content(
                    stepIdOf(c.caseId(), item.sourceId(), steps.get(j).sourceId()));
            if (step.isPresent()) {
                if (!step.get().equals(content(steps.get(j))) || !newSteps.isEmpty()) {
                    broken.add(changed("statusHistory[" + j + "]"));
                }
            } else {
                newSteps.add(j);
            }
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        List<String> changes = new ArrayList<>();
        if (known.isEmpty()) {
            Instant at = stamps.at(item.referredOn());
            // the active flag is today's: a partner the source system referred to was active then
            Partner then = new Partner(
                    partner.id(),
                    partner.jobcenterId(),
                    partner.name(),
                    partner.type(),
                    partner.services(),
                    partner.locations(),
                    partner.capacityNote(),
                    partner.contactPersons(),
                    true,
                    partner.updatedAt(),
                    partner.version());
            var consent = consents.givenAt(c.caseId(), partner.id(), at);
            Referral referral = Referral.send(
                    id,
                    c.caseId(),
                    c.jobcenterId(),
                    then,
                    code,
                    null,
                    item.dueOn(),
                    consent,
                    ReferralService.referenceCode(),
                    actor,
                    item.referredOn(),
                    at);
            referrals.insert(referral);
            outbox.append(
                    c.jobcenterId(),
                    c.caseId(),
                    ReferralSent.builder()
                            .caseId(c.caseId())
                            .referralId(id)
                            .partnerId(partner.id())
                            .serviceCode(code.name())
                            .consentId(consent == null ? null : consent.id())
                            .dueOn(item.dueOn())
                            .sentAt(at)
                            .build());
            items.insert(c.caseId(), new ImportedItemStore.Item(id, ROOT, item.sourceId(), content(item)), at);
            changes.add(field + " " + item.referredOn());
        }
        for (int j : newSteps) {
            Step s = steps.get(j);
            Instant at = stamps.at(s.on());
            Referral current = referrals.find(id).orElseThrow();
            Referral.Status status = statuses.get(j);
            Referral after;
            try {
                if (status == Referral.Status.REVOKED || status == Referral.Status.ENDED_BY_CLOSURE) {
                    if (s.reasonCode() != null) {
                        throw new RuleViolation(
                                "reasonCode",
                                "ONLY_WITH_REJECTION_OR_ABORT",
                                "Ein Grund gehört nur zu einer Ablehnung" + " oder einem Abbruch.");
                    }
                    after = current.end(status, at);
                } else {
                    after = current.report(
                            new Referral.Update(status, s.reasonCode(), null, null, null, null),
                            consents.givenAt(c.caseId(), current.partnerId(), at),
                            s.on(),
                            at);
                }
            } catch (RuleViolation v) {
                List<RuleViolation.Broken> prefixedBroken = new ArrayList<>();
                ConsentReplay.prefixed(prefixedBroken, "statusHistory[" + j + "]", v);
                throw new RuleViolation(prefixedBroken);
            } catch (StateConflict conflict) {
                throw new RuleViolation("statusHistory[" + j + "]", conflict.rule(), conflict.getMessage());
            }
            referrals.update(after);
            service.changed(c.jobcenterId(), current, after);
            items.insert(
                    c.caseId(),
                    new ImportedItemStore.Item(
                            stepIdOf(c.caseId(), item.sourceId(), s.sourceId()),
                            STEP,
                            item.sourceId() + "/" + s.sourceId(),
                            content(s)),
                    at);
            changes.add(field + ".statusHistory[" + j + "] " + s.on());
        }
        if (!changes.isEmpty()) {
            Referral now = referrals.find(id).orElseThrow();
            if (now.status().open() && c.closedOn() != null) {
                Referral ended = now.end(Referral.Status.ENDED_BY_CLOSURE, stamps.at(c.closedOn()));
                referrals.update(ended);
                service.changed(c.jobcenterId(), now, ended);
            } else if (now.status().open() && !partner.active()) {
                throw new RuleViolation(
                        "partner",
                        "PARTNER_INACTIVE",
                        "Der Partner ist nicht mehr aktiv: eine heute noch offene Überweisung an ihn wird nicht"
                                + " übernommen.");
            }
        }
        return changes;
    }

    private static List<Step> steps(Item item) {
        return item.statusHistory() == null ? List.of() : item.statusHistory();
    }

    private static void day(
            String field, LocalDate day, CaseReference c, LocalDate today, List<RuleViolation.Broken> broken) {
        if (day.isAfter(today)) {
            broken.add(new RuleViolation.Broken(field, "IN_FUTURE", "Übernommen wird, was schon geschehen ist."));
        } else if ((c.admittedOn() != null && day.isBefore(c.admittedOn()))
                || (c.closedOn() != null && day.isAfter(c.closedOn()))) {
            broken.add(new RuleViolation.Broken(
                    field,
                    "OUTSIDE_CASE",
                    "Der Tag liegt außerhalb des Falls (" + c.admittedOn()
                            + (c.closedOn() == null ? "" : " bis " + c.closedOn()) + ")."));
        }
    }

    private static String content(Item item) {
        return String.join(
                "|",
                item.partner().toString(),
                String.valueOf(item.service()),
                String.valueOf(item.referredOn()),
                String.valueOf(item.dueOn()));
    }

    private static String content(Step s) {
        return String.join("|", String.valueOf(s.status()), String.valueOf(s.on()), String.valueOf(s.reasonCode()));
    }

    private static RuleViolation.Broken changed(String field) {
        return new RuleViolation.Broken(
                field,
                "IMPORTED_HISTORY_CHANGED",
                "Bereits übernommen und durch eine erneute Übernahme nicht zu ändern; eine Korrektur erfolgt im Fall"
                        + " selbst.");
    }
}
