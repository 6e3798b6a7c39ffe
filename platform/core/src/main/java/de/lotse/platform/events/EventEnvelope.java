package de.lotse.platform.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The one envelope every Lotse event travels in (ARCHITECTURE.md §2). The payload is one of the
 * contract records in {@link de.lotse.platform.contracts}; it is kept here as a generic map so
 * a consumer can read the envelope before it knows the payload type.
 *
 * @param eventId       unique per event; the idempotency key of every consumer
 * @param eventType     the topic name, e.g. {@code case-opened}
 * @param eventVersion  bumped only on a breaking payload change
 * @param occurredAt    when the fact happened in the producing service
 * @param producer      the producing service, e.g. {@code intake-service}
 * @param jobcenterId   the Jobcenter the fact belongs to; absent for a fact about the service itself
 *                      ({@code audit-chain-anchored})
 * @param caseId        the case, when the event concerns one
 * @param correlationId ties the event to the request (and log lines) that caused it
 * @param payload       the contract record as JSON object
 */
@Serdeable
public record EventEnvelope(
        UUID eventId,
        String eventType,
        int eventVersion,
        Instant occurredAt,
        String producer,
        @Nullable String jobcenterId,
        @Nullable UUID caseId,
        @Nullable String correlationId,
        Map<String, Object> payload) {}
