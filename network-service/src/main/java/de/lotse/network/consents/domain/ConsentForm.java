package de.lotse.network.consents.domain;

import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A version of the consent form the customer is shown (ISO/IEC TS 27560: the notice). It defines the
 * most a consent on it can cover — information categories and purposes; a given consent is a subset.
 * A form version is never changed: new wording is a new version.
 *
 * @param code       the form (e.g. SCHWEIGEPFLICHTENTBINDUNG_BERATUNG)
 * @param version    1, 2, … per code
 * @param text       the wording shown to the customer
 * @param scopes     the information categories it can release
 * @param purposes   the purposes it names (coded)
 */
public record ConsentForm(
        UUID id,
        String jobcenterId,
        String code,
        int version,
        String text,
        Set<Scope> scopes,
        Set<String> purposes,
        Instant createdAt) {

    public ConsentForm {
        scopes = Set.copyOf(scopes);
        purposes = Set.copyOf(purposes);
    }

    public static ConsentForm create(
            UUID id,
            String jobcenterId,
            String code,
            int version,
            String text,
            Set<Scope> scopes,
            Set<String> purposes,
            Instant now) {
        if (scopes.isEmpty()) {
            throw new RuleViolation(
                    "scopes", "REQUIRED", "Das Formular nennt die Informationen, die es freigeben kann.");
        }
        if (purposes.isEmpty()) {
            throw new RuleViolation("purposes", "REQUIRED", "Das Formular nennt den Zweck des Austauschs.");
        }
        return new ConsentForm(id, jobcenterId, code, version, text, scopes, purposes, now);
    }
}
