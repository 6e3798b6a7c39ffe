package de.lotse.intake.eligibility.application;

import de.lotse.intake.eligibility.domain.AssessmentFacts;
import de.lotse.intake.eligibility.infrastructure.AssessmentFactsStore;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.contracts.AssessmentCompleted;
import de.lotse.platform.inbox.UnprocessableEvent;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.Map;

/**
 * Keeps the eligibility facts of each case's latest completed assessment, so the eligibility check uses the
 * assessment instead of the AV's input where it has the facts. Runs in the transaction of the inbox claim.
 */
@Singleton
public class AssessmentFactsRecorder {
    private final AssessmentFactsStore store;

    AssessmentFactsRecorder(AssessmentFactsStore store) {
        this.store = store;
    }

    public void completed(AssessmentCompleted a) {
        Map<KeyGroup, Integer> needs = new EnumMap<>(KeyGroup.class);
        a.needsByKeyGroup().forEach((code, count) -> {
            try {
                needs.put(KeyGroup.valueOf(code), count);
            } catch (IllegalArgumentException e) {
                throw new UnprocessableEvent("unknown key group " + code, e);
            }
        });
        store.record(
                new AssessmentFacts(
                        a.caseId(),
                        a.assessmentId(),
                        a.version(),
                        needs,
                        a.entrenchedNeeds(),
                        a.prognosisHorizonMonths(),
                        a.profileCode(),
                        a.categoryCode(),
                        a.completedAt()),
                a.marketNear());
    }
}
