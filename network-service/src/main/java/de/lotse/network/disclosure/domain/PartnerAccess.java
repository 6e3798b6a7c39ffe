package de.lotse.network.disclosure.domain;

import java.time.Instant;

/** One access of a partner to a customer's data, as the audit log recorded it, with the consent it relied on. */
public record PartnerAccess(Instant at, String actor, String action, String resourceId, String basis) {}
