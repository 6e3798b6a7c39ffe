package de.lotse.network.partnerapi.application;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.domain.Scope;
import de.lotse.network.consents.infrastructure.ConsentStore;
import de.lotse.network.referrals.application.ReferralService;
import de.lotse.network.referrals.domain.Referral;
import de.lotse.network.referrals.infrastructure.ReferralStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReferences;
import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The restricted partner API (DOMAIN.md §9, §12): a partner sees only its own referrals (another's is
 * 404), and of the customer only what the consent for exactly this partner releases today —
 * fail-closed: no consent, an expired or revoked one, or a closed case release nothing. Every call
 * leaves exactly one audit entry naming the consent it relied on.
 */
@Singleton
public class PartnerApi {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ReferralStore referrals;
    private final ConsentStore consents;
    private final CaseReferences cases;
    private final ReferralService referralService;
    private final AuditLog audit;
    private final Clock clock;

    PartnerApi(ReferralStore referrals, ConsentStore consents, CaseReferences cases, ReferralService referralService,
               AuditLog audit, Clock clock) {
        this.referrals = referrals;
        this.consents = consents;
        this.cases = cases;
        this.referralService = referralService;
        this.audit = audit;
        this.clock = clock;
    }

    /** A referral as the partner may see it; customer data only within the consent. */
    public record PartnerView(Referral referral, Referral.CustomerContact customer, boolean consentEffective,
                              java.util.Set<Scope> scopes) {
    }

    /** The partner's referrals: codes, service, status, dates — no customer data in the list. */
    @Transactional
    public Page<Referral> list(CurrentUser partner, PageRequest page) {
        UUID partnerId = partnerId(partner);
        Page<Referral> result = Page.of(referrals.ofPartner(partnerId, page.size(), page.offset()), page,
                referrals.countOfPartner(partnerId));
        audit.record(partner, "LIST", "partner-referrals", partnerId.toString(), null, "Partner-API");
        return result;
    }

    @Transactional
    public PartnerView read(CurrentUser partner, UUID referralId) {
        Referral referral = own(partner, referralId);
        Consent consent = effectiveConsent(referral);
        audit.record(partner, "READ", "partner-referral", referralId.toString(), referral.caseId(), basis(consent));
        return view(referral, consent);
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
        return view(new Referral(updated.id(), updated.caseId(), updated.jobcenterId(), updated.partnerId(),
                updated.service(), updated.status(), updated.referenceCode(), updated.customer(), updated.dueOn(),
                updated.reasonCode(), updated.startedOn(), updated.endedOn(), updated.nextStepCode(), updated.attended(),
                updated.sentBy(), updated.sentAt(), updated.updatedAt(), updated.version() + 1), consent);
    }

    private PartnerView view(Referral r, Consent consent) {
        boolean contact = consent != null && consent.covers(Scope.CONTACT_DETAILS, today());
        return new PartnerView(r, contact ? r.customer() : null, consent != null,
                consent == null ? java.util.Set.of() : consent.scopes());
    }

    private Referral own(CurrentUser partner, UUID referralId) {
        UUID partnerId = partnerId(partner);
        return referrals.find(referralId).filter(r -> r.partnerId().equals(partnerId))
                .orElseThrow(() -> ProblemException.notFound("Überweisung", referralId));
    }

    /** The consent for exactly this partner, effective today, on an open case — or none. */
    private Consent effectiveConsent(Referral r) {
        LocalDate today = today();
        boolean caseOpen = cases.find(r.jobcenterId(), r.caseId()).map(c -> !c.closed()).orElse(false);
        if (!caseOpen || !r.status().open()) {
            return null;
        }
        return consents.given(r.caseId(), r.partnerId()).filter(c -> c.effectiveOn(today)).orElse(null);
    }

    private static String basis(Consent consent) {
        return consent == null ? "ohne Einwilligung" : "Einwilligung " + consent.id();
    }

    private static UUID partnerId(CurrentUser partner) {
        if (partner.partnerId() == null) {
            throw ProblemException.forbidden("PARTNER_CLAIM_REQUIRED", "Das Token nennt keinen Partner (partnerId).");
        }
        try {
            return UUID.fromString(partner.partnerId());
        } catch (IllegalArgumentException e) {
            throw ProblemException.forbidden("PARTNER_CLAIM_REQUIRED", "Die partnerId im Token ist keine gültige ID.");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }
}
