package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A service's audit chain reached this head. Kafka keeps these anchors without a time limit, outside
 * the service's database: a chain whose tail was cut off, or that was rewritten with the key, no
 * longer matches an anchor. No Jobcenter and no personal data: positions and a MAC only.
 *
 * <p>Topic {@code audit-chain-anchored}, key: the chain's name, version 1.
 *
 * @param chain      the chain's name, the producing service's (e.g. {@code intake-service})
 * @param position   the head's position (positions are contiguous from 1)
 * @param headMac    the head link's MAC, hexadecimal
 * @param keyId      the id of the key that link was made with
 * @param anchoredAt when the head was anchored
 */
@Serdeable
public record AuditChainAnchored(String chain, long position, String headMac, String keyId, Instant anchoredAt)
        implements EventPayload {}
