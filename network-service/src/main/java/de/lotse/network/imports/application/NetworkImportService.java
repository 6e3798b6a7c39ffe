package de.lotse.network.imports.application;

import de.lotse.network.consents.application.ConsentReplay;
import de.lotse.network.consents.application.FormRecords;
import de.lotse.network.partners.application.PartnerRecords;
import de.lotse.network.referrals.application.ReferralReplay;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.importing.ImportChecks;
import de.lotse.platform.importing.ImportedIds;
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
import java.util.UUID;

/**
 * The network's part of a migration (docs/import.md): the Jobcenter's partners and consent form versions (records of
 * their own, before the cases), then each case's consents and partner referrals once intake has taken the case over
 * and its {@code case-opened} arrived here. Every write is audited; a check runs the same import in a transaction
 * that is rolled back.
 */
@Singleton
public class NetworkImportService {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final CaseReferences cases;
    private final PartnerRecords partners;
    private final FormRecords forms;
    private final ConsentReplay consents;
    private final ReferralReplay referrals;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    NetworkImportService(
            CaseReferences cases,
            PartnerRecords partners,
            FormRecords forms,
            ConsentReplay consents,
            ReferralReplay referrals,
            AuditLog audit,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.cases = cases;
        this.partners = partners;
        this.forms = forms;
        this.consents = consents;
        this.referrals = referrals;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A Jobcenter-wide record taken over: its id in Lotse, CREATED, UNCHANGED or UPDATED, the fields changed. */
    public record RecordOutcome(UUID id, String result, List<String> changes) {}

    /** What the import added to the case ({@code consents[0] 2024-03-01}); empty when nothing was new. */
    public record Outcome(UUID caseId, List<String> changes) {}

    @Transactional
    public RecordOutcome importRecord(CurrentUser admin, String kind, NetworkRecord record) {
        if (!kind.equals(record.kind())) {
            throw new RuleViolation("kind", "KIND", "Erwartet wird ein Datensatz der Art " + kind + ".");
        }
        RecordOutcome outcome = take(admin.requireJobcenter(), record);
        if (!"UNCHANGED".equals(outcome.result())) {
            audit.record(
                    admin,
                    "CREATED".equals(outcome.result()) ? "IMPORT" : "IMPORT_UPDATE",
                    "partner".equals(kind) ? "partner" : "consent-form",
                    outcome.id().toString(),
                    null,
                    "Übernahme aus " + record.source().system() + ": "
                            + outcome.changes().size() + " Änderungen");
        }
        return outcome;
    }

    /** Checks partner and form records as their import would; nothing is kept. */
    public List<ImportChecks.Checked> checkRecords(CurrentUser admin, List<NetworkRecord> records) {
        String jobcenterId = admin.requireJobcenter();
        return ImportChecks.inRolledBackTransactions(transactions, records, record -> take(jobcenterId, record));
    }

    @Transactional
    public Outcome importCase(CurrentUser admin, UUID caseId, NetworkImport record) {
        CaseReference c = cases.find(admin.requireJobcenter(), caseId)
                .orElseThrow(() -> new NotFound("Der Fall ist im Netzwerk (noch) nicht bekannt: zuerst übernimmt"
                        + " ihn die Fallaufnahme, dann kommt seine Eröffnung hier an."));
        List<String> changes = take(c, record, admin.subject());
        if (!changes.isEmpty()) {
            audit.record(
                    admin,
                    "IMPORT",
                    "case-network",
                    caseId.toString(),
                    caseId,
                    "Übernahme aus " + record.source().system() + ": " + changes.size() + " Einträge");
        }
        return new Outcome(caseId, changes);
    }

    /**
     * Checks each case's part as its import would, in a transaction of its own that is rolled back: first the
     * partners and forms of the file it names ({@code fileRecords}), then its consents and referrals against the
     * case as network knows it — or, before intake took it over, the admission and closure days of the record.
     */
    public List<ImportChecks.Checked> check(CurrentUser admin, List<NetworkImport> records) {
        String jobcenterId = admin.requireJobcenter();
        return ImportChecks.inRolledBackTransactions(transactions, records, record -> {
            List<RuleViolation.Broken> broken = new ArrayList<>();
            for (int k = 0; k < record.fileRecords().size(); k++) {
                try {
                    take(jobcenterId, record.fileRecords().get(k));
                } catch (RuleViolation v) {
                    ConsentReplay.prefixed(broken, "fileRecords[" + k + "]", v);
                }
            }
            if (!broken.isEmpty()) {
                throw new RuleViolation(broken);
            }
            if (record.admittedOn() == null
                    && !(record.consents().isEmpty()
                            && record.partnerReferrals().isEmpty())) {
                throw new RuleViolation(
                        "admittedOn",
                        "NOT_ADMITTED",
                        "Einwilligungen und Überweisungen gibt es nur in einem aufgenommenen Fall.");
            }
            UUID caseId = ImportedIds.caseId(
                    jobcenterId, record.source().system(), record.source().id());
            CaseReference c = cases.find(jobcenterId, caseId)
                    .orElseGet(() -> checkedCase(caseId, jobcenterId, admin.subject(), record));
            take(c, record, admin.subject());
        });
    }

    private RecordOutcome take(String jobcenterId, NetworkRecord r) {
        UUID id = ImportedIds.recordId(
                jobcenterId, r.kind(), r.source().system(), r.source().id());
        if ("partner".equals(r.kind())) {
            PartnerRecords.Taken taken = partners.take(
                    jobcenterId,
                    new PartnerRecords.Imported(
                            id, r.name(), r.type(), r.services(), r.locations(), r.capacityNote(), r.active()),
                    clock.instant());
            return new RecordOutcome(taken.id(), taken.result(), taken.changes());
        }
        FormRecords.Taken taken = forms.take(
                jobcenterId,
                new FormRecords.Imported(id, r.code(), r.text(), r.scopes(), r.purposes(), r.validFrom()),
                today(),
                clock.instant());
        return new RecordOutcome(taken.id(), taken.result(), List.of());
    }

    private List<String> take(CaseReference c, NetworkImport record, String actor) {
        ConsentReplay.Stamps stamps = new ConsentReplay.Stamps();
        LocalDate today = today();
        String proof = "Übernahme aus " + record.source().system() + " "
                + record.source().id();
        List<ConsentReplay.Item> given = new ArrayList<>();
        for (NetworkImport.ImportedConsent x : record.consents()) {
            given.add(new ConsentReplay.Item(
                    x.sourceId(),
                    ref(x.partner()),
                    ref(x.form()),
                    x.decision(),
                    x.decidedOn(),
                    x.scopes(),
                    x.purpose(),
                    x.validUntil(),
                    x.channel(),
                    x.history() == null
                            ? List.of()
                            : x.history().stream()
                                    .map(s -> new ConsentReplay.Step(
                                            s.sourceId(), s.action(), s.on(), s.scopes(), s.validUntil()))
                                    .toList()));
        }
        List<ReferralReplay.Item> sent = new ArrayList<>();
        for (NetworkImport.ImportedReferral x : record.partnerReferrals()) {
            sent.add(new ReferralReplay.Item(
                    x.sourceId(),
                    ref(x.partner()),
                    x.service(),
                    x.referredOn(),
                    x.dueOn(),
                    x.statusHistory() == null
                            ? List.of()
                            : x.statusHistory().stream()
                                    .map(s -> new ReferralReplay.Step(s.sourceId(), s.status(), s.on(), s.reasonCode()))
                                    .toList()));
        }
        // consents first: a referral and a partner's report are checked against the consent of their day
        List<RuleViolation.Broken> broken = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        try {
            changes.addAll(consents.replay(c, given, actor, proof, today, stamps));
        } catch (RuleViolation v) {
            broken.addAll(v.broken());
        }
        if (broken.isEmpty()) {
            try {
                changes.addAll(referrals.replay(c, sent, actor, today, stamps));
            } catch (RuleViolation v) {
                broken.addAll(v.broken());
            }
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        return changes;
    }

    private static ConsentReplay.Ref ref(NetworkImport.SourceKey key) {
        return new ConsentReplay.Ref(key.system(), key.id());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }

    /** The case a check is about, known only from the record. */
    private static CaseReference checkedCase(UUID caseId, String jobcenterId, String checker, NetworkImport record) {
        return CaseReference.checkedFromRecord(
                caseId, jobcenterId, checker, record.admittedOn(), record.closedOn(), null);
    }
}
