package de.lotse.network.consents.domain;

import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's consent (Schweigepflichtentbindung) for exactly one partner (PANKOW 4.4, docs/domain.md §9):
 * freely given, limited to information categories of the form it was given on, for a purpose and a
 * validity, with proof of how it was obtained (SGB X §67b: written or electronic). A given consent is
 * immutable: limiting or renewing it ends it ({@code SUPERSEDED}) and records a new one; revoking
 * ends it at once. A refusal is recorded as such — and nothing follows from it.
 *
 * @param formId        the form version the customer was shown
 * @param status        GIVEN, REFUSED, REVOKED, SUPERSEDED, EXPIRED (its validity ran out)
 * @param scopes        released information categories (empty for a refusal)
 * @param channel       how it was obtained
 * @param documentRef   the signed form or electronic record
 * @param supersedes    the consent this one replaced (limitation, renewal)
 * @param endedAt       when it was revoked or superseded
 */
public record Consent(
        UUID id,
        UUID caseId,
        String jobcenterId,
        UUID partnerId,
        UUID formId,
        Status status,
        Set<Scope> scopes,
        String purposeCode,
        LocalDate validFrom,
        LocalDate validUntil,
        Channel channel,
        String documentRef,
        UUID supersedes,
        String recordedBy,
        Instant recordedAt,
        Instant endedAt) {

    /** Longest validity of one consent; then it is renewed with the customer. */
    public static final int MAX_VALIDITY_MONTHS = 24;

    public enum Status {
        GIVEN,
        REFUSED,
        REVOKED,
        SUPERSEDED,
        EXPIRED
    }

    /** SGB X §67b: written or electronic. */
    public enum Channel {
        WRITTEN,
        ELECTRONIC
    }

    public Consent {
        scopes = Set.copyOf(scopes);
    }

    /** The customer gives a consent on the form, a subset of what the form can release. */
    public static Consent give(
            UUID id,
            UUID caseId,
            String jobcenterId,
            UUID partnerId,
            ConsentForm form,
            Set<Scope> scopes,
            String purposeCode,
            LocalDate validFrom,
            LocalDate validUntil,
            Channel channel,
            String documentRef,
            UUID supersedes,
            String by,
            LocalDate today,
            Instant now) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        if (scopes.isEmpty()) {
            broken.add(new RuleViolation.Broken(
                    "scopes", "REQUIRED", "Die Einwilligung nennt die freigegebenen Informationen."));
        } else if (!form.scopes().containsAll(scopes)) {
            broken.add(new RuleViolation.Broken(
                    "scopes",
                    "BEYOND_FORM",
                    "Das Formular (Version " + form.version() + ") gibt diese Angaben nicht frei."));
        }
        // immutable sets refuse contains(null): a missing purpose is a broken rule, not a crash
        if (purposeCode == null || !form.purposes().contains(purposeCode)) {
            broken.add(new RuleViolation.Broken(
                    "purposeCode", "PURPOSE_OF_FORM", "Zwecke des Formulars: " + form.purposes() + "."));
        }
        if (validFrom.isBefore(today.minusDays(30))) {
            broken.add(new RuleViolation.Broken(
                    "validFrom", "TOO_FAR_BACK", "Eine Einwilligung wirkt nicht rückwirkend."));
        }
        if (validUntil == null
                || !validUntil.isAfter(validFrom)
                || validUntil.isAfter(validFrom.plusMonths(MAX_VALIDITY_MONTHS))) {
            broken.add(new RuleViolation.Broken(
                    "validUntil",
                    "VALIDITY",
                    "Gültig nach dem Beginn und höchstens " + MAX_VALIDITY_MONTHS + " Monate."));
        }
        if (documentRef == null || documentRef.isBlank()) {
            broken.add(new RuleViolation.Broken(
                    "documentRef",
                    "PROOF_REQUIRED",
                    "Nachweis erforderlich: unterschriebenes Formular oder elektronische Erklärung (SGB X § 67b)."));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        return new Consent(
                id,
                caseId,
                jobcenterId,
                partnerId,
                form.id(),
                Status.GIVEN,
                scopes,
                purposeCode,
                validFrom,
                validUntil,
                channel,
                documentRef,
                supersedes,
                by,
                now,
                null);
    }

    /** The customer declines: recorded, nothing else follows. */
    public static Consent refuse(
            UUID id,
            UUID caseId,
            String jobcenterId,
            UUID partnerId,
            ConsentForm form,
            Channel channel,
            String by,
            LocalDate today,
            Instant now) {
        return new Consent(
                id,
                caseId,
                jobcenterId,
                partnerId,
                form.id(),
                Status.REFUSED,
                Set.of(),
                null,
                today,
                today,
                channel,
                null,
                null,
                by,
                now,
                null);
    }

    /** Ends a given consent (revocation, or a limitation/renewal replacing it). */
    public Consent end(Status why, Instant now) {
        if (status != Status.GIVEN) {
            throw new StateConflict("CONSENT_NOT_GIVEN", "Die Einwilligung ist nicht (mehr) erteilt.");
        }
        return new Consent(
                id,
                caseId,
                jobcenterId,
                partnerId,
                formId,
                why,
                scopes,
                purposeCode,
                validFrom,
                validUntil,
                channel,
                documentRef,
                supersedes,
                recordedBy,
                recordedAt,
                now);
    }

    /** A limitation keeps a strict subset of the scopes. */
    public void requireLimitation(Set<Scope> narrower) {
        if (narrower.isEmpty() || !scopes.containsAll(narrower) || narrower.equals(scopes)) {
            throw new RuleViolation(
                    "scopes",
                    "NOT_A_LIMITATION",
                    "Eine Beschränkung behält einen Teil der bisherigen " + "Freigaben " + scopes
                            + "; für alles andere: widerrufen.");
        }
    }

    /** Whether the consent covers disclosures to its partner on that day. */
    public boolean effectiveOn(LocalDate day) {
        return status == Status.GIVEN && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public boolean covers(Scope scope, LocalDate day) {
        return effectiveOn(day) && scopes.contains(scope);
    }
}
