package de.lotse.intake.eligibility.domain;

import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.codes.ProfileScheme;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The eligibility facts of a completed assessment, as {@code assessment-completed} carries them:
 * counts and codes, no free text.
 */
public record AssessmentFacts(
        UUID caseId,
        UUID assessmentId,
        int version,
        Map<KeyGroup, Integer> needsByKeyGroup,
        int entrenchedNeeds,
        Integer prognosisHorizonMonths,
        String profileCode,
        String categoryCode,
        Instant completedAt) {

    /** The profile code of the scheme the Jobcenter uses. */
    public String codeIn(ProfileScheme scheme) {
        return scheme == ProfileScheme.UCKERMARK_CATEGORIES ? categoryCode : profileCode;
    }
}
