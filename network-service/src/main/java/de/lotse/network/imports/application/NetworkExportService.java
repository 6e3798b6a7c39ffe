package de.lotse.network.imports.application;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.domain.ConsentForm;
import de.lotse.network.consents.domain.HistoryEntry;
import de.lotse.network.consents.infrastructure.ConsentStore;
import de.lotse.network.partners.domain.Partner;
import de.lotse.network.partners.infrastructure.PartnerStore;
import de.lotse.network.referrals.domain.Referral;
import de.lotse.network.referrals.infrastructure.ReferralStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the network holds of a Jobcenter, in the import format (docs/import.md): its partners and consent form
 * versions as records, and of each case its consents with their history and its partner referrals with their status
 * history — everything under its Lotse id ({@code source} {@code LOTSE}), references between them the same way, so
 * that importing an export into another Jobcenter rebuilds the same views. Each request is audited ({@code EXPORT}
 * with the count).
 */
@Singleton
public class NetworkExportService {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String LOTSE = "LOTSE";

    private final PartnerStore partners;
    private final ConsentStore consents;
    private final ReferralStore referrals;
    private final CaseReferences cases;
    private final AuditLog audit;

    NetworkExportService(
            PartnerStore partners,
            ConsentStore consents,
            ReferralStore referrals,
            CaseReferences cases,
            AuditLog audit) {
        this.partners = partners;
        this.consents = consents;
        this.referrals = referrals;
        this.cases = cases;
        this.audit = audit;
    }

    /** A partner record of the format. */
    @Serdeable
    @Schema(name = "ExportPartner")
    public record PartnerRecord(
            int formatVersion,
            String kind,
            NetworkImport.SourceKey source,
            String name,
            String type,
            List<String> services,
            List<String> locations,
            @Nullable String capacityNote,
            boolean active) {}

    /** A consent form record of the format. */
    @Serdeable
    @Schema(name = "ExportEinwilligungsformular")
    public record FormRecord(
            int formatVersion,
            String kind,
            NetworkImport.SourceKey source,
            String code,
            String text,
            List<String> scopes,
            List<String> purposes,
            LocalDate validFrom) {}

    /** The network's parts of one case. */
    @Serdeable
    @Schema(name = "ExportFallNetzwerk")
    public record CaseParts(
            UUID caseId,
            List<NetworkImport.ImportedConsent> consents,
            List<NetworkImport.ImportedReferral> partnerReferrals) {}

    @Transactional
    public List<PartnerRecord> partners(CurrentUser admin) {
        String jobcenterId = admin.requireJobcenter();
        List<Partner> all = partners.list(jobcenterId, null, Integer.MAX_VALUE, 0);
        audit.record(admin, "EXPORT", "partner", null, null, "Export: " + all.size() + " Partner");
        return all.stream()
                .map(p -> new PartnerRecord(
                        1,
                        "partner",
                        lotse(p.id()),
                        p.name(),
                        p.type().name(),
                        p.services().stream().map(Enum::name).sorted().toList(),
                        p.locations(),
                        p.capacityNote(),
                        p.active()))
                .toList();
    }

    @Transactional
    public List<FormRecord> forms(CurrentUser admin) {
        String jobcenterId = admin.requireJobcenter();
        List<ConsentForm> all = consents.forms(jobcenterId);
        audit.record(admin, "EXPORT", "consent-form", null, null, "Export: " + all.size() + " Formularversionen");
        return all.stream()
                .map(f -> new FormRecord(
                        1,
                        "consentForm",
                        lotse(f.id()),
                        f.code(),
                        f.text(),
                        f.scopes().stream().map(Enum::name).sorted().toList(),
                        f.purposes().stream().sorted().toList(),
                        consents.formValidFrom(f.id())))
                .toList();
    }

    /** The parts of the caller's Jobcenter's cases among the ids; other ids are left out. */
    @Transactional
    public List<CaseParts> cases(CurrentUser admin, List<UUID> caseIds) {
        String jobcenterId = admin.requireJobcenter();
        List<CaseParts> found = new ArrayList<>();
        for (UUID caseId : caseIds.stream().distinct().toList()) {
            if (cases.find(jobcenterId, caseId).isEmpty()) {
                continue;
            }
            found.add(new CaseParts(caseId, consentsOf(caseId), referralsOf(caseId)));
        }
        audit.record(admin, "EXPORT", "case-network", null, null, "Export: " + found.size() + " Fälle");
        return found;
    }

    /**
     * Each consent as the customer's first declaration with the steps that followed: a limitation or renewal is the
     * record that superseded the one before, a revocation the end of the last one. An expiry is no step: it follows
     * from the validity.
     */
    private List<NetworkImport.ImportedConsent> consentsOf(UUID caseId) {
        List<Consent> all = consents.of(caseId);
        Map<UUID, String> stepKinds = new HashMap<>();
        for (HistoryEntry h : consents.history(caseId)) {
            if ("LIMITED".equals(h.kind()) || "RENEWED".equals(h.kind())) {
                stepKinds.put(h.consentId(), h.kind());
            }
        }
        Map<UUID, Consent> successorOf = new HashMap<>();
        all.stream().filter(c -> c.supersedes() != null).forEach(c -> successorOf.put(c.supersedes(), c));
        List<NetworkImport.ImportedConsent> exported = new ArrayList<>();
        for (Consent root : all) {
            if (root.supersedes() != null) {
                continue;
            }
            List<NetworkImport.ConsentStep> steps = new ArrayList<>();
            Consent head = root;
            while (successorOf.containsKey(head.id())) {
                head = successorOf.get(head.id());
                String kind = stepKinds.getOrDefault(head.id(), "RENEWED");
                steps.add(new NetworkImport.ConsentStep(
                        head.id().toString(),
                        kind,
                        day(head.recordedAt()),
                        "LIMITED".equals(kind) ? names(head) : null,
                        head.validUntil()));
            }
            if (head.status() == Consent.Status.REVOKED) {
                steps.add(new NetworkImport.ConsentStep(
                        head.id() + "-widerruf", "REVOKED", day(head.endedAt()), null, null));
            }
            boolean refused = root.status() == Consent.Status.REFUSED;
            LocalDate recorded = day(root.recordedAt());
            exported.add(new NetworkImport.ImportedConsent(
                    root.id().toString(),
                    lotse(root.partnerId()),
                    lotse(root.formId()),
                    refused ? "REFUSED" : "GRANTED",
                    refused || root.validFrom().isAfter(recorded) ? recorded : root.validFrom(),
                    refused ? null : names(root),
                    refused ? null : root.purposeCode(),
                    refused ? null : root.validUntil(),
                    root.channel().name(),
                    steps));
        }
        return exported;
    }

    private List<NetworkImport.ImportedReferral> referralsOf(UUID caseId) {
        List<NetworkImport.ImportedReferral> exported = new ArrayList<>();
        for (Referral r : referrals.ofCase(caseId)) {
            exported.add(new NetworkImport.ImportedReferral(
                    r.id().toString(),
                    lotse(r.partnerId()),
                    r.service().name(),
                    day(r.sentAt()),
                    r.dueOn(),
                    referrals.statuses(r.id()).stream()
                            .map(s -> new NetworkImport.ReferralStep(
                                    String.valueOf(s.seq()), s.status(), day(s.at()), s.reasonCode()))
                            .toList()));
        }
        return exported;
    }

    private static List<String> names(Consent c) {
        return c.scopes().stream().map(Enum::name).sorted().toList();
    }

    private static NetworkImport.SourceKey lotse(UUID id) {
        return new NetworkImport.SourceKey(LOTSE, id.toString());
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, BERLIN);
    }
}
