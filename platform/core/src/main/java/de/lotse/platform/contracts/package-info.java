/**
 * The published language of Lotse: one immutable record per event type. See
 * {@link de.lotse.platform.events.EventType} for topics and versions.
 */
package de.lotse.platform.contracts;
