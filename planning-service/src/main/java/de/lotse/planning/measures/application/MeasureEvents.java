package de.lotse.planning.measures.application;

import de.lotse.planning.measures.domain.Measure;
import de.lotse.platform.contracts.MeasureEnded;
import de.lotse.platform.contracts.MeasureStarted;

import java.time.Instant;

/** {@code measure-started} and {@code measure-ended} of a measure: codes and days. */
final class MeasureEvents {
    private MeasureEvents() {}

    static MeasureStarted started(Measure m) {
        return MeasureStarted.builder()
                .caseId(m.caseId())
                .measureId(m.id())
                .instrumentCode(m.instrument().name())
                .startedOn(m.startedOn())
                .plannedEndOn(m.plannedEndOn())
                .partnerId(m.partnerId())
                .recordedAt(m.recordedAt())
                .build();
    }

    static MeasureEnded ended(Measure m, Instant recordedAt) {
        return MeasureEnded.builder()
                .caseId(m.caseId())
                .measureId(m.id())
                .instrumentCode(m.instrument().name())
                .endedOn(m.endedOn())
                .outcomeCode(m.outcome().name())
                .successful(m.outcome().successful())
                .recordedAt(recordedAt)
                .build();
    }
}
