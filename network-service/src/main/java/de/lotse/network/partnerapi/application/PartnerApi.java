package de.lotse.network.partnerapi.application;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.domain.Scope;
import de.lotse.network.consents.infrastructure.ConsentStore;
import de.lotse.network.partners.domain.Partner;
import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.network.partners.infrastructure.PartnerStore;
import de.lotse.network.referrals.application.ReferralService;
import de.lotse.network.referrals.domain.Referral;
import de.lotse.network.referrals.infrastructure.ReferralStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * The restricted partner API (docs/domain.md §9, §12): a partner sees only its own referrals (another's is
 * 404), and of the customer only what the consent for exactly this partner releases today —
 * fail-closed: no consent, an expired or revoked one, or a closed case release nothing. Every call
 * leaves exactly one audit entry naming the consent it relied on.
 */
@Singleton
public class PartnerApi {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ReferralStore referrals;
    private final PartnerStore partners;
    private final ConsentStore consents;
    private final CaseReferences cases;
    private final ReferralService referralService;
    private final AuditLog audit;
    private final Clock clock;

    PartnerApi(
            ReferralStore referrals,
            PartnerStore partners,
            ConsentStore consents,
            CaseReferences cases,
            ReferralService referralService,
            AuditLog audit,
            Clock clock) {
        this.referrals = referrals;
        this.partners = partners;
        this.consents = consents;
        this.cases = cases;
        this.referralService = referralService;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A referral as the partner may see it. What the partner needs to work with the referral is always there
     * (its id, the reference code the customer brings, service, status, due date); everything the partner
     * reported about the customer only within the consent's scope for it, and the contact details only with
     * CONTACT_DETAILS — all of it absent without an effective consent (none, revoked, expired, case closed,
     * referral ended).
     *
     * @param consentEffective whether a consent for this partner releases anything on this request
     * @param scopes           the released scopes (empty without an effective consent)
     */
    public record PartnerView(
            UUID id,
            String referenceCode,
            ServiceCode service,
            Referral.Status status,
            LocalDate dueOn,
            String reasonCode,
            LocalDate startedOn,
            LocalDate endedOn,
            String nextStepCode,
            Boolean attended,
            Referral.CustomerContact customer,
            boolean consentEffective,
            Set<Scope> scopes) {

        /**
         * @param consent the consent for this partner found effective for this request, or {@code null}; checked
         *                again here, so a consent not effective on the day releases nothing whoever passes it
         */
        public static PartnerView of(Referral r, Consent consent, LocalDate today) {
            boolean effective = consent != null && consent.effectiveOn(today);
            Set<Scope> released = effective ? consent.scopes() : Set.of();
            boolean dates = released.contains(Scope.PARTICIPATION_DATES);
            return new PartnerView(
                    r.id(),
                    r.referenceCode(),
                    r.service(),
                    r.status(),
                    r.dueOn(),
                    released.contains(Scope.COMPLETION_OR_ABORT) ? r.reasonCode() : null,
                    dates ? r.startedOn() : null,
                    dates ? r.endedOn() : null,
                    released.contains(Scope.NEXT_STEP_RECOMMENDATION) ? r.nextStepCode() : null,
                    released.contains(Scope.APPOINTMENT_ATTENDANCE) ? r.attended() : null,
                    released.contains(Scope.CONTACT_DETAILS) ? r.customer() : null,
                    effective,
                    released);
        }
    }

    /** A line of the partner's list: nothing about the customer, whatever the consent says. */
    public record PartnerItem(
            UUID id, String referenceCode, ServiceCode service, Referral.Status status, LocalDate dueOn) {
        static PartnerItem of(Referral r) {
            return new PartnerItem(r.id(), r.referenceCode(), r.service(), r.status(), r.dueOn());
        }
    }

    /**
     * The partner's referrals: codes, service, status, due date — no customer data in the list (participation
     * dates included), so the list needs no consent and its single audit entry names no case.
     */
    @Transactional
    public Page<PartnerItem> list(CurrentUser partner, PageRequest page) {
        UUID partnerId = registered(partner).id();
        Page<PartnerItem> result = Page.of(
                referrals.ofPartner(partnerId, page.size(), page.offset()).stream()
                        .map(PartnerItem::of)
                        .toList(),
                page,
                referrals.countOfPartner(partnerId));
        audit.record(partner, "LIST", "partner-referrals", partnerId.toString(), null, "Partner-API");
        return result;
    }

    @Transactional
    public PartnerView read(CurrentUser partner, UUID referralId) {
        Referral referral = own(partner, referralId);
        Consent consent = effectiveConsent(referral);
        audit.record(partner, "READ", "partner-referral", referralId.toString(), referral.caseId(), basis(consent));
        return PartnerView.of(referral, consent, today());
    }

    @Transactional
    public PartnerView report(CurrentUser partner, UUID referralId, Referral.Update update) {
        Referral referral = own(partner, referralId);
        Consent consent = effectiveConsent(referral);
        Referral updated = referral.report(update, consent, today(), clock.instant());
        referrals.update(updated);
        if (updated.status() != referral.status()) {
            referralService.changed(referral.jobcenterId(), referral, updated);
        }
        audit.record(partner, "UPDATE", "partner-referral", referralId.toString(), referral.caseId(), basis(consent));
        // the answer shows what the partner may see now: an update that ends the referral ends the disclosure too
        return PartnerView.of(updated, effectiveConsent(updated), today());
    }

    private Referral own(CurrentUser partner, UUID referralId) {
        Partner self = registered(partner);
        return referrals
                .find(referralId)
                .filter(r -> r.partnerId().equals(self.id()) && r.jobcenterId().equals(self.jobcenterId()))
                .orElseThrow(() -> NotFound.of("Überweisung"));
    }

    /**
     * The partner record the token names. Each record belongs to one Jobcenter (an organisation working for two
     * is two records with two ids); a token that also names a Jobcenter must name the record's. A token naming
     * no registered partner — unknown, or another Jobcenter's — is refused alike.
     */
    private Partner registered(CurrentUser partner) {
        UUID partnerId = partnerId(partner);
        return partners.find(partnerId)
                .filter(p -> partner.jobcenterId() == null || p.jobcenterId().equals(partner.jobcenterId()))
                .orElseThrow(() -> new AccessDenied(
                        "PARTNER_NOT_REGISTERED",
                        "Das Token nennt keinen Partner, den dieses Jobcenter registriert hat (partnerId)."));
    }

    /** The consent for exactly this partner, effective today, on an open case and an open referral — or none. */
    private Consent effectiveConsent(Referral r) {
        LocalDate today = today();
        boolean caseOpen =
                cases.find(r.jobcenterId(), r.caseId()).map(c -> !c.closed()).orElse(false);
        if (!caseOpen || !r.status().open()) {
            return null;
        }
        return consents.given(r.caseId(), r.partnerId())
                .filter(c -> c.effectiveOn(today))
                .orElse(null);
    }

    private static String basis(Consent consent) {
        return consent == null ? "ohne Einwilligung" : "Einwilligung " + consent.id();
    }

    private static UUID partnerId(CurrentUser partner) {
        if (partner.partnerId() == null) {
            throw new AccessDenied("PARTNER_CLAIM_REQUIRED", "Das Token nennt keinen Partner (partnerId).");
        }
        try {
            return UUID.fromString(partner.partnerId());
        } catch (IllegalArgumentException e) {
            throw new AccessDenied("PARTNER_CLAIM_REQUIRED", "Die partnerId im Token ist keine gültige ID.");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }
}
