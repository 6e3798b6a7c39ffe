package de.lotse.reporting.outcomes.domain;

import de.lotse.reporting.disclosure.domain.Cell;

/**
 * One cell of the outcome table.
 *
 * @param month    YYYY-MM
 * @param key      route, reason, duration class, instrument or service; "-" where the metric has none;
 *                 none for the sum over all keys
 * @param value    the count (or sum); management: withheld when fewer than 5 customers stand behind it, when
 *                 it lies within such a group, or when it would let a withheld figure be worked out
 * @param total    the Jobcenter's figure over all its teams (no teamId), counted over its customers
 */
public record OutcomeRow(Metric metric, String month, String teamId, String key, Cell value, boolean total) {}
