package de.lotse.planning.casefacts.application;

import de.lotse.planning.casefacts.infrastructure.CaseFactsStore;
import de.lotse.platform.contracts.AssessmentCompleted;
import de.lotse.platform.contracts.NeedStatusChanged;
import jakarta.inject.Singleton;

/**
 * What planning keeps of the assessment: the latest version (renewal of an agreement, category X/Y/Z, contact rule
 * by category) and every need with its latest status (each open need gets a strategy). Runs in the transaction of
 * the inbox claim; the store's upserts keep the newer fact, so events may arrive late or twice.
 */
@Singleton
public class AssessmentFacts {
    private final CaseFactsStore facts;

    AssessmentFacts(CaseFactsStore facts) {
        this.facts = facts;
    }

    public void completed(AssessmentCompleted a) {
        facts.assessment(
                a.caseId(),
                a.version(),
                a.assessedOn(),
                a.completedAt(),
                a.profileCode(),
                a.categoryCode(),
                a.validUntil());
    }

    public void needStatusChanged(NeedStatusChanged n) {
        facts.needStatus(n.needId(), n.caseId(), n.keyGroup(), n.needCode(), n.toStatus(), n.changedAt());
    }
}
