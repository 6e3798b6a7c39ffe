package de.lotse.platform.contracts;

/**
 * Marker of the published language: the payload records of all events. They carry ids, codes,
 * counts and dates only, never names, addresses, note texts, health or counselling details
 * (docs/domain.md §12). Fields are only ever added; a breaking change bumps the event version.
 */
public interface EventPayload {}
