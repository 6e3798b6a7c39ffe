package de.lotse.intake.eligibility.domain;

import java.util.List;

/**
 * One access path (Zugangsgrund) of the check.
 *
 * @param reason          the path
 * @param allowedByPolicy whether the Jobcenter's policy has this path at all
 * @param satisfied       allowed and every criterion of the path met
 * @param criteria        the codes of the criteria the path needs
 */
public record PathResult(AccessReason reason, boolean allowedByPolicy, boolean satisfied, List<String> criteria) {}
