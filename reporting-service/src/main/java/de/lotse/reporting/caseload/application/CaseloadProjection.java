package de.lotse.reporting.caseload.application;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.inbox.ReceivedEvent;
import de.lotse.platform.inbox.UnprocessableEvent;
import de.lotse.reporting.caseload.domain.AgeGroup;
import de.lotse.reporting.caseload.infrastructure.CaseloadStore;
import jakarta.inject.Singleton;

/**
 * Builds the caseload read model from events. Runs inside the inbox transaction of
 * {@link de.lotse.platform.inbox.InboundEvents}, so it opens none of its own; an exception here
 * rolls the event back for a retry and finally parks it in the dead-letter topic, an event that
 * can never be counted is parked at once.
 */
@Singleton
public class CaseloadProjection {
    private final CaseloadStore store;

    CaseloadProjection(CaseloadStore store) {
        this.store = store;
    }

    public void caseOpened(ReceivedEvent<CaseOpened> event) {
        CaseOpened opened = event.payload();
        // a case without these cannot be counted anywhere: park it visibly instead of storing half a fact
        if (event.envelope().jobcenterId() == null
                || opened.caseId() == null
                || opened.teamId() == null
                || opened.caseManagerId() == null
                || opened.admittedOn() == null
                || opened.admittedAt() == null) {
            throw new UnprocessableEvent("case-opened " + event.envelope().eventId()
                    + " lacks jobcenterId, caseId, teamId, caseManagerId, admittedOn or admittedAt");
        }
        AgeGroup ageGroup;
        try {
            ageGroup = AgeGroup.fromCode(opened.ageGroup());
        } catch (IllegalArgumentException unknown) {
            throw new UnprocessableEvent(
                    "case-opened " + event.envelope().eventId() + ": " + unknown.getMessage(), unknown);
        }
        store.recordOpened(event.envelope().jobcenterId(), event.envelope().eventId(), opened, ageGroup);
    }
}
