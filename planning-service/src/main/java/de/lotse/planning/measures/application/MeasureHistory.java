package de.lotse.planning.measures.application;

import de.lotse.planning.measures.domain.Measure;
import de.lotse.planning.measures.infrastructure.MeasureStore;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.codes.MeasureInstrument;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.importing.ImportChecks;
import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.outbox.OutboxWriter;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A case's measures as another system recorded them (docs/import.md), replayed as on their days: started on the
 * start day, ended on the end day, each with its event carrying those days — so that an AGH running today carries
 * a TAH case past its maximum duration, and outcomes count in the month they happened. A measure is known by an
 * id derived from its source id: imported again it changes nothing; an end that has since happened is added;
 * anything else changed is refused (history is not rewritten by an import).
 */
@Singleton
public class MeasureHistory {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime RECORDED_AT = LocalTime.of(12, 0);

    private final MeasureStore measures;
    private final OutboxWriter outbox;

    MeasureHistory(MeasureStore measures, OutboxWriter outbox) {
        this.measures = measures;
        this.outbox = outbox;
    }

    /**
     * A measure of the source system.
     *
     * @param field where it stands in the import record ({@code measures[1]})
     */
    public record Imported(
            String field,
            String sourceId,
            MeasureInstrument instrument,
            String title,
            LocalDate startedOn,
            LocalDate plannedEndOn,
            LocalDate endedOn,
            Measure.Outcome outcome,
            String recordedBy) {}

    public static UUID idOf(UUID caseId, String sourceId) {
        return ImportedIds.itemId(caseId, "measure", sourceId);
    }

    /** Takes the measures over in the order of their start; returns what was added ({@code measures[1] 2024-02-01}). */
    public List<String> replay(CaseReference c, List<Imported> imported, LocalDate today) {
        List<Imported> ordered = new ArrayList<>(imported);
        ordered.sort(Comparator.comparing(Imported::startedOn));
        return ImportChecks.eachItem(ordered, Imported::field, measure -> take(c, measure, today));
    }

    private List<String> take(CaseReference c, Imported imported, LocalDate today) {
        if (imported.startedOn().isAfter(today)) {
            throw new RuleViolation(
                    "startedOn",
                    "IN_FUTURE",
                    "Eine übernommene Maßnahme hat schon begonnen (Beginn nicht in der Zukunft).");
        }
        if ((imported.endedOn() == null) != (imported.outcome() == null)) {
            throw new RuleViolation(
                    "outcome",
                    "END_NEEDS_OUTCOME",
                    "Eine beendete Maßnahme hat ein Ende und ein Ergebnis, eine laufende keines.");
        }
        UUID id = idOf(c.caseId(), imported.sourceId());
        String by = imported.recordedBy() != null ? imported.recordedBy() : c.caseManagerId();
        Optional<Measure> known = measures.find(c.caseId(), id);
        List<String> added = new ArrayList<>();
        Measure m;
        if (known.isPresent()) {
            m = known.get();
            if (m.instrument() != imported.instrument()
                    || !m.startedOn().equals(imported.startedOn())
                    || !Objects.equals(m.plannedEndOn(), imported.plannedEndOn())
                    || (m.endedOn() != null
                            && (!m.endedOn().equals(imported.endedOn()) || m.outcome() != imported.outcome()))) {
                throw new RuleViolation(
                        "",
                        "IMPORTED_HISTORY_CHANGED",
                        "Diese Maßnahme ist bereits übernommen und lässt sich durch eine erneute Übernahme nicht"
                                + " ändern; eine Korrektur erfolgt im Fall selbst.");
            }
        } else {
            m = Measure.start(
                    id,
                    c.caseId(),
                    c.jobcenterId(),
                    imported.instrument(),
                    imported.title(),
                    null,
                    imported.startedOn(),
                    imported.plannedEndOn(),
                    c.admittedOn(),
                    by,
                    at(imported.startedOn()));
            measures.insert(m);
            outbox.append(c.jobcenterId(), c.caseId(), MeasureEvents.started(m));
            added.add(imported.field() + " " + imported.startedOn());
        }
        if (imported.endedOn() != null && m.endedOn() == null) {
            Measure ended = m.end(imported.endedOn(), imported.outcome(), today);
            measures.updateEnd(ended);
            outbox.append(c.jobcenterId(), c.caseId(), MeasureEvents.ended(ended, at(imported.endedOn())));
            added.add(imported.field() + ".endedOn " + imported.endedOn());
        }
        return added;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(RECORDED_AT).atZone(BERLIN).toInstant();
    }
}
