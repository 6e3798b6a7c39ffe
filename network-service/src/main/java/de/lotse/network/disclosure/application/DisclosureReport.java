package de.lotse.network.disclosure.application;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.domain.HistoryEntry;
import de.lotse.network.consents.infrastructure.ConsentStore;
import de.lotse.network.disclosure.domain.PartnerAccess;
import de.lotse.network.disclosure.infrastructure.PartnerAccessLog;
import de.lotse.network.referrals.domain.Referral;
import de.lotse.network.referrals.infrastructure.ReferralStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.kernel.caseaccess.CaseAccess;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The customer's right of access (Art. 15 DSGVO, §83 SGB X) for the network: every consent with its
 * history, every referral and whether contact details went with it, and every partner access to the
 * customer's data with the consent it relied on. Producing the report is itself audited.
 */
@Singleton
public class DisclosureReport {
    private final ConsentStore consents;
    private final ReferralStore referrals;
    private final PartnerAccessLog accesses;
    private final CaseAccess access;
    private final AuditLog audit;
    private final Clock clock;

    DisclosureReport(
            ConsentStore consents,
            ReferralStore referrals,
            PartnerAccessLog accesses,
            CaseAccess access,
            AuditLog audit,
            Clock clock) {
        this.consents = consents;
        this.referrals = referrals;
        this.accesses = accesses;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public record Report(
            UUID caseId,
            Instant createdAt,
            List<Consent> consents,
            List<HistoryEntry> history,
            List<Referral> referrals,
            List<PartnerAccess> partnerAccesses) {}

    @Transactional
    public Report of(CurrentUser user, UUID caseId) {
        CaseReference c = access.load(user, caseId);
        access.requireCaseWorker(user, c, LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin")));
        Report report = new Report(
                caseId,
                clock.instant(),
                consents.of(caseId),
                consents.history(caseId),
                referrals.ofCase(caseId),
                accesses.ofCase(caseId));
        audit.record(
                user, "READ", "disclosure-report", caseId.toString(), caseId, "Auskunft an die Kundin / den Kunden");
        return report;
    }
}
