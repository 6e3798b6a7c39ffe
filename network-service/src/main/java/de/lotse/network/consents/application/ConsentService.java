package de.lotse.network.consents.application;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.domain.ConsentForm;
import de.lotse.network.consents.domain.HistoryEntry;
import de.lotse.network.consents.domain.Scope;
import de.lotse.network.consents.infrastructure.ConsentStore;
import de.lotse.network.partners.domain.Partner;
import de.lotse.network.partners.infrastructure.PartnerStore;
import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.kernel.caseaccess.CaseAccess;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Consents per customer and partner (docs/domain.md §9): given on a form version, limited or renewed as a
 * new record that supersedes the old, revoked with immediate effect — each step in the append-only
 * history and, except a refusal, published at once through the outbox. A refusal is recorded and
 * nothing else happens: no event, no flag anywhere else.
 */
@Singleton
public class ConsentService {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ConsentStore consents;
    private final PartnerStore partners;
    private final CaseAccess access;
    private final ConsentEvents events;
    private final AuditLog audit;
    private final Clock clock;

    ConsentService(
            ConsentStore consents,
            PartnerStore partners,
            CaseAccess access,
            ConsentEvents events,
            AuditLog audit,
            Clock clock) {
        this.consents = consents;
        this.partners = partners;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the case worker records as the customer's declaration. */
    public record Declaration(
            UUID partnerId,
            UUID formId,
            Set<Scope> scopes,
            String purposeCode,
            LocalDate validFrom,
            LocalDate validUntil,
            Consent.Channel channel,
            String documentRef) {}

    /** A consent case file: every consent and every step of its history. */
    public record CaseConsents(List<Consent> consents, List<HistoryEntry> history) {}

    @Transactional
    public ConsentForm createForm(CurrentUser user, String code, String text, Set<Scope> scopes, Set<String> purposes) {
        if (!user.has(Roles.ADMIN) && !user.has(Roles.TL)) {
            throw new AccessDenied("FORMS_BY_ADMIN", "Einwilligungsformulare pflegen Administration und Teamleitung.");
        }
        String jobcenterId = user.requireJobcenter();
        ConsentForm form = ConsentForm.create(
                UUID.randomUUID(),
                jobcenterId,
                code,
                consents.nextFormVersion(jobcenterId, code),
                text,
                scopes,
                purposes,
                clock.instant());
        consents.insertForm(form);
        return form;
    }

    @Transactional
    public List<ConsentForm> forms(CurrentUser user) {
        return consents.forms(user.requireJobcenter());
    }

    @Transactional
    public Consent give(CurrentUser user, UUID caseId, Declaration d) {
        CaseReference c = access.forChange(user, caseId, today());
        Partner partner = activePartner(c, d.partnerId());
        ConsentForm form = form(c, d.formId());
        if (consents.given(caseId, partner.id()).isPresent()) {
            throw new StateConflict(
                    "CONSENT_EXISTS",
                    "Für diesen Partner liegt schon eine Einwilligung vor: "
                            + "beschränken, verlängern oder widerrufen.");
        }
        Instant now = clock.instant();
        LocalDate from = d.validFrom() != null ? d.validFrom() : today();
        Consent consent = Consent.give(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                partner.id(),
                form,
                d.scopes(),
                d.purposeCode(),
                from,
                d.validUntil(),
                d.channel(),
                d.documentRef(),
                null,
                user.subject(),
                today(),
                now);
        consents.insert(consent);
        consents.history(consent, "GIVEN", user.subject(), now);
        events.granted(consent);
        return consent;
    }

    /** The customer declined: the refusal is documented, nothing follows from it (PANKOW 4.4). */
    @Transactional
    public Consent refuse(CurrentUser user, UUID caseId, UUID partnerId, UUID formId, Consent.Channel channel) {
        CaseReference c = access.forChange(user, caseId, today());
        Partner partner = activePartner(c, partnerId);
        Consent refusal = Consent.refuse(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                partner.id(),
                form(c, formId),
                channel,
                user.subject(),
                today(),
                clock.instant());
        consents.insert(refusal);
        consents.history(refusal, "REFUSED", user.subject(), refusal.recordedAt());
        return refusal;
    }

    /** The customer narrows a consent: the old one ends, a new one with fewer scopes replaces it. */
    @Transactional
    public Consent limit(CurrentUser user, UUID caseId, UUID consentId, Set<Scope> scopes, String documentRef) {
        CaseReference c = access.forChange(user, caseId, today());
        Consent current = load(c, consentId);
        current.requireLimitation(scopes);
        return replace(user, c, current, scopes, current.validUntil(), documentRef, "LIMITED");
    }

    /** The customer renews a consent for a new period on the same scopes. */
    @Transactional
    public Consent renew(CurrentUser user, UUID caseId, UUID consentId, LocalDate validUntil, String documentRef) {
        CaseReference c = access.forChange(user, caseId, today());
        Consent current = load(c, consentId);
        return replace(user, c, current, current.scopes(), validUntil, documentRef, "RENEWED");
    }

    /** Revocation takes effect on the very next request and is published at once. */
    @Transactional
    public Consent revoke(CurrentUser user, UUID caseId, UUID consentId) {
        CaseReference c = access.load(user, caseId);
        access.requireCaseWorker(user, c, today());
        Consent current = load(c, consentId);
        Instant now = clock.instant();
        Consent revoked = current.end(Consent.Status.REVOKED, now);
        if (!consents.end(revoked)) {
            throw new StateConflict("CONSENT_NOT_GIVEN", "Die Einwilligung wurde soeben beendet.");
        }
        consents.history(revoked, "REVOKED", user.subject(), now);
        events.ended(revoked, "REVOKED", now);
        return revoked;
    }

    /** Every consent and every step of the history: audited, it is the customer's data. */
    @Transactional
    public CaseConsents of(CurrentUser user, UUID caseId) {
        CaseReference c = access.load(user, caseId);
        access.requireCaseWorker(user, c, today());
        audit.record(
                user,
                "READ",
                "consents",
                caseId.toString(),
                caseId,
                user.has(Roles.TL) ? "Aufsicht" : "Fallbearbeitung");
        return new CaseConsents(consents.of(caseId), consents.history(caseId));
    }

    private Consent replace(
            CurrentUser user,
            CaseReference c,
            Consent current,
            Set<Scope> scopes,
            LocalDate validUntil,
            String documentRef,
            String kind) {
        Instant now = clock.instant();
        Consent ended = current.end(Consent.Status.SUPERSEDED, now);
        if (!consents.end(ended)) {
            throw new StateConflict("CONSENT_NOT_GIVEN", "Die Einwilligung wurde soeben beendet.");
        }
        ConsentForm form = form(c, current.formId());
        Consent next = Consent.give(
                UUID.randomUUID(),
                c.caseId(),
                c.jobcenterId(),
                current.partnerId(),
                form,
                scopes,
                current.purposeCode(),
                today(),
                validUntil,
                current.channel(),
                documentRef != null ? documentRef : current.documentRef(),
                current.id(),
                user.subject(),
                today(),
                now);
        consents.insert(next);
        consents.history(ended, "SUPERSEDED", user.subject(), now);
        consents.history(next, kind, user.subject(), now);
        events.ended(ended, "SUPERSEDED", now);
        events.granted(next);
        return next;
    }

    private Consent load(CaseReference c, UUID consentId) {
        return consents.find(c.jobcenterId(), c.caseId(), consentId).orElseThrow(() -> NotFound.of("Einwilligung"));
    }

    private Partner activePartner(CaseReference c, UUID partnerId) {
        Partner partner = partners.find(c.jobcenterId(), partnerId)
                .orElseThrow(() -> new RuleViolation(
                        "partnerId",
                        "UNKNOWN_PARTNER",
                        "Der Partner ist im Verzeichnis des Jobcenters nicht bekannt."));
        if (!partner.active()) {
            throw new RuleViolation("partnerId", "PARTNER_INACTIVE", "Der Partner ist nicht mehr aktiv.");
        }
        return partner;
    }

    private ConsentForm form(CaseReference c, UUID formId) {
        return consents.form(c.jobcenterId(), formId)
                .orElseThrow(() ->
                        new RuleViolation("formId", "UNKNOWN_FORM", "Das Einwilligungsformular ist nicht bekannt."));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }
}
