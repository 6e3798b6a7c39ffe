package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A Jobcenter's policy (lokale Umsetzungsstrategie) got a new version. Settings are codes and numbers only.
 *
 * <p>Topic {@code policy-changed}, key: the Jobcenter id, version 1.
 *
 * @param presetCode BA2010, PANKOW, UCKERMARK, TAH or CUSTOM
 * @param settings setting name to value, e.g. maxDurationMonths=24
 */
@Serdeable
public record PolicyChanged(
        int policyVersion, String presetCode, LocalDate effectiveFrom, Map<String, String> settings, Instant changedAt)
        implements EventPayload {}
