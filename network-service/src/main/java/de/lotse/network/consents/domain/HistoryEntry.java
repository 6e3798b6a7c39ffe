package de.lotse.network.consents.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One step in a customer's consent history (requested, given, refused, limited, renewed,
 * superseded, revoked, expired): who, when, on what proof. Append-only.
 */
public record HistoryEntry(
        long seq,
        UUID consentId,
        UUID partnerId,
        String kind,
        Set<Scope> scopes,
        String channel,
        String documentRef,
        String actor,
        Instant occurredAt) {

    public HistoryEntry {
        scopes = Set.copyOf(scopes);
    }
}
