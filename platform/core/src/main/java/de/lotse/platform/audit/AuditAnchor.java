package de.lotse.platform.audit;

import java.time.Instant;

/**
 * One {@code audit-chain-anchored} record as read back from Kafka.
 *
 * @param chain      the chain's name
 * @param position   the anchored head's position
 * @param headMac    its chain MAC
 * @param anchoredAt when it was anchored
 */
public record AuditAnchor(String chain, long position, byte[] headMac, Instant anchoredAt) {}
