package de.lotse.planning.measures.application;

import de.lotse.planning.casefacts.application.CaseWork;
import de.lotse.planning.measures.domain.Measure;
import de.lotse.planning.measures.infrastructure.MeasureStore;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.codes.MeasureInstrument;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.outbox.OutboxWriter;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Measures on the case (docs/domain.md §6), published as {@code measure-started} and {@code measure-ended}. */
@Singleton
public class MeasureService {
    private final MeasureStore measures;
    private final CaseWork work;
    private final OutboxWriter outbox;

    MeasureService(MeasureStore measures, CaseWork work, OutboxWriter outbox) {
        this.measures = measures;
        this.work = work;
        this.outbox = outbox;
    }

    @Transactional
    public Measure start(
            CurrentUser user,
            UUID caseId,
            MeasureInstrument instrument,
            String title,
            UUID partnerId,
            LocalDate startedOn,
            LocalDate plannedEndOn) {
        CaseReference c = work.forChange(user, caseId);
        Measure m = Measure.start(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                instrument,
                title,
                partnerId,
                startedOn,
                plannedEndOn,
                c.admittedOn(),
                user.subject(),
                work.clock().instant());
        measures.insert(m);
        outbox.append(c.jobcenterId(), caseId, MeasureEvents.started(m));
        return m;
    }

    @Transactional
    public Measure end(CurrentUser user, UUID caseId, UUID measureId, LocalDate endedOn, Measure.Outcome outcome) {
        CaseReference c = work.forChange(user, caseId);
        Measure ended = measures.find(caseId, measureId)
                .orElseThrow(() -> NotFound.of("Maßnahme"))
                .end(endedOn, outcome, work.today());
        measures.updateEnd(ended);
        outbox.append(
                c.jobcenterId(), caseId, MeasureEvents.ended(ended, work.clock().instant()));
        return ended;
    }

    @Transactional
    public List<Measure> list(CurrentUser user, UUID caseId) {
        work.forTeam(user, caseId);
        return measures.of(caseId);
    }

    /** For a check of the same case (access already checked there). */
    public java.util.Optional<Measure> find(UUID caseId, UUID measureId) {
        return measures.find(caseId, measureId);
    }

    /** Whether an AGH (§16d) of the case runs on the day: under TAH it carries FM past the maximum duration. */
    public boolean aghRunning(UUID caseId, LocalDate day) {
        return aghRunning(List.of(caseId), day).contains(caseId);
    }

    /**
     * The cases among these on which an AGH (§16d) runs on the day. Running means started and without
     * a recorded end by then ({@link Measure#runningOn}), as intake judges it for the same rule.
     */
    public Set<UUID> aghRunning(List<UUID> caseIds, LocalDate day) {
        return measures.of(caseIds, MeasureInstrument.AGH_16D).stream()
                .filter(m -> m.runningOn(day))
                .map(Measure::caseId)
                .collect(Collectors.toSet());
    }
}
