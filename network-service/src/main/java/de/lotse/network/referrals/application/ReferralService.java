package de.lotse.network.referrals.application;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.infrastructure.ConsentStore;
import de.lotse.network.partners.domain.Partner;
import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.network.partners.infrastructure.PartnerStore;
import de.lotse.network.referrals.domain.Referral;
import de.lotse.network.referrals.infrastructure.ReferralStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.contracts.ReferralSent;
import de.lotse.platform.contracts.ReferralStatusChanged;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.InvalidInput;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.kernel.caseaccess.CaseAccess;
import de.lotse.platform.outbox.OutboxWriter;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Referrals from the FM's side: sending (with the consent for that partner, if any), withdrawing,
 * the case's list; and the end of every open referral when the case closes.
 */
@Singleton
public class ReferralService {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReferralStore referrals;
    private final PartnerStore partners;
    private final ConsentStore consents;
    private final CaseAccess access;
    private final CaseReferences cases;
    private final OutboxWriter outbox;
    private final AuditLog audit;
    private final Clock clock;

    ReferralService(
            ReferralStore referrals,
            PartnerStore partners,
            ConsentStore consents,
            CaseAccess access,
            CaseReferences cases,
            OutboxWriter outbox,
            AuditLog audit,
            Clock clock) {
        this.referrals = referrals;
        this.partners = partners;
        this.consents = consents;
        this.access = access;
        this.cases = cases;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Referral send(
            CurrentUser user,
            UUID caseId,
            UUID partnerId,
            ServiceCode service,
            Referral.CustomerContact customer,
            LocalDate dueOn) {
        LocalDate today = today();
        CaseReference c = access.forChange(user, caseId, today);
        Partner partner = partners.find(c.jobcenterId(), partnerId)
                .orElseThrow(() -> new RuleViolation(
                        "partnerId",
                        "UNKNOWN_PARTNER",
                        "Der Partner ist im Verzeichnis des Jobcenters nicht bekannt."));
        Consent consent = consents.given(caseId, partnerId)
                .filter(given -> given.effectiveOn(today))
                .orElse(null);
        Instant now = clock.instant();
        Referral referral = Referral.send(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                partner,
                service,
                customer,
                dueOn,
                consent,
                referenceCode(),
                user.subject(),
                today,
                now);
        referrals.insert(referral);
        outbox.append(
                c.jobcenterId(),
                caseId,
                ReferralSent.builder()
                        .caseId(caseId)
                        .referralId(referral.id())
                        .partnerId(partnerId)
                        .serviceCode(service.name())
                        .consentId(consent == null ? null : consent.id())
                        .dueOn(dueOn)
                        .sentAt(now)
                        .build());
        return referral;
    }

    @Transactional
    public Referral revoke(CurrentUser user, UUID caseId, UUID referralId) {
        CaseReference c = access.forChange(user, caseId, today());
        Referral current = referrals
                .find(referralId)
                .filter(r -> r.caseId().equals(caseId))
                .orElseThrow(() -> NotFound.of("Überweisung"));
        Referral revoked = current.end(Referral.Status.REVOKED, clock.instant());
        referrals.update(revoked);
        changed(c.jobcenterId(), current, revoked);
        return revoked;
    }

    @Transactional
    public List<Referral> ofCase(CurrentUser user, UUID caseId) {
        CaseReference c = access.load(user, caseId);
        access.requireCaseWorker(user, c, today());
        List<Referral> all = referrals.ofCase(caseId);
        audit.recordListOfCase(
                user, "referral", caseId, all.stream().map(Referral::id).toList(), "Fallbearbeitung");
        return all;
    }

    /**
     * Referrals that should have started by now or within the days ahead (TAH 7: the FM monitors timely
     * delivery): an FM's own cases, a team lead's team.
     */
    @Transactional
    public List<Referral> due(CurrentUser user, int withinDays) {
        if (withinDays < 0 || withinDays > 180) {
            throw new InvalidInput("withinDays", "Range", "Der Vorlauf liegt zwischen 0 und 180 Tagen.");
        }
        if (!user.has(Roles.FM) && !user.has(Roles.TL)) {
            throw new AccessDenied("LIST_NOT_FOR_ROLE", "Die Liste ist für FM und TL bestimmt.");
        }
        LocalDate today = today();
        List<UUID> caseIds = cases
                .openCases(user.requireJobcenter(), user.teamId(), user.has(Roles.TL) ? null : user.subject(), today)
                .stream()
                .map(CaseReference::caseId)
                .toList();
        List<Referral> due = referrals.dueNotStarted(caseIds, today.plusDays(withinDays));
        audit.recordCaseList(
                user,
                "referrals-due",
                due.stream().map(Referral::caseId).distinct().toList(),
                user.has(Roles.TL) ? "Aufsicht" : "Fallbearbeitung");
        return due;
    }

    /** The case closed: every open referral ends, and with it the partner's access. */
    @Transactional
    public void caseClosed(UUID caseId, String jobcenterId, Instant at) {
        for (Referral open : referrals.openOfCase(caseId)) {
            Referral ended = open.end(Referral.Status.ENDED_BY_CLOSURE, at);
            referrals.update(ended);
            changed(jobcenterId, open, ended);
        }
    }

    public void changed(String jobcenterId, Referral before, Referral after) {
        referrals.status(after);
        outbox.append(
                jobcenterId,
                after.caseId(),
                ReferralStatusChanged.builder()
                        .caseId(after.caseId())
                        .referralId(after.id())
                        .partnerId(after.partnerId())
                        .fromStatus(before.status().name())
                        .toStatus(after.status().name())
                        .reasonCode(after.reasonCode())
                        .changedAt(after.updatedAt())
                        .build());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }

    /** A short code the customer hands over at the partner (no personal data in it). */
    static String referenceCode() {
        StringBuilder code = new StringBuilder("UE-");
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
