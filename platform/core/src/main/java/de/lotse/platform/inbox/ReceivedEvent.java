package de.lotse.platform.inbox;

import de.lotse.platform.events.EventEnvelope;

/** An event as a consumer sees it: the envelope and its payload as the contract record. */
public record ReceivedEvent<T>(EventEnvelope envelope, T payload) {}
