package de.lotse.network.consents.application;

import de.lotse.network.consents.domain.Consent;
import de.lotse.platform.contracts.ConsentGranted;
import de.lotse.platform.contracts.ConsentRevoked;
import de.lotse.platform.outbox.OutboxWriter;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * A consent's events, built in one place for the live path, the expiry and an import's replay: ids, scopes, the
 * purpose code and days only (docs/domain.md §9). A refusal publishes nothing.
 */
@Singleton
public class ConsentEvents {
    private final OutboxWriter outbox;

    ConsentEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** {@code consent-granted}: the consent as given (or as a limitation or renewal superseding the one before). */
    public void granted(Consent consent) {
        outbox.append(
                consent.jobcenterId(),
                consent.caseId(),
                ConsentGranted.builder()
                        .caseId(consent.caseId())
                        .consentId(consent.id())
                        .partnerId(consent.partnerId())
                        .scopes(consent.scopes().stream()
                                .map(Enum::name)
                                .sorted()
                                .toList())
                        .purposeCode(consent.purposeCode())
                        .validFrom(consent.validFrom())
                        .validUntil(consent.validUntil())
                        .grantedAt(consent.recordedAt())
                        .build());
    }

    /** {@code consent-revoked}: the consent ended — {@code REVOKED}, {@code SUPERSEDED} or {@code EXPIRED}. */
    public void ended(Consent consent, String kind, Instant at) {
        outbox.append(
                consent.jobcenterId(),
                consent.caseId(),
                new ConsentRevoked(consent.caseId(), consent.id(), consent.partnerId(), kind, at));
    }
}
