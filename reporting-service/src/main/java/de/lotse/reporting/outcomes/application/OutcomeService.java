package de.lotse.reporting.outcomes.application;

import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.outcomes.domain.OutcomeRow;
import de.lotse.reporting.outcomes.infrastructure.OutcomeStore;
import de.lotse.reporting.quality.domain.Cell;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * Flows (admissions by route, closures by reason), durations and outcomes per month, for management
 * (per team, and the Jobcenter's total) and team leads (their team): aggregates only, cells below 5
 * customers suppressed.
 */
@Singleton
public class OutcomeService {
    static final int MAX_MONTHS = 36;

    private final OutcomeStore store;
    private final Clock clock;

    OutcomeService(OutcomeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public List<OutcomeRow> outcomes(CurrentUser user, YearMonth from, YearMonth to) {
        if (!user.has(Roles.MANAGEMENT) && !user.has(Roles.TL)) {
            throw ProblemException.forbidden("LIST_NOT_FOR_ROLE", "Kennzahlen sind für Leitung und Teamleitung.");
        }
        // a team lead sees the own team only: without the team claim there is nothing to narrow to
        String team = user.has(Roles.MANAGEMENT) ? null : user.teamId();
        if (team == null && !user.has(Roles.MANAGEMENT)) {
            throw ProblemException.forbidden("TEAM_LEAD_ONLY", "Das Token der Teamleitung enthält kein Team (teamId).");
        }
        YearMonth end = to != null ? to : YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin")));
        YearMonth start = from != null ? from : end.minusMonths(11);
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "BEFORE_TO", "Der erste Monat liegt vor dem letzten.");
        }
        if (start.plusMonths(MAX_MONTHS).isBefore(end.plusMonths(1))) {
            throw ProblemException.invalid("from", "RANGE", "Höchstens " + MAX_MONTHS + " Monate je Abfrage.");
        }
        return store.aggregates(user.requireJobcenter(), team, start.atDay(1), end.atEndOfMonth()).stream()
                .map(a -> new OutcomeRow(a.metric(), a.month(), a.teamId(), a.key(), Cell.of(a.value(), a.cases()),
                        a.total()))
                // per metric and month the teams, then the Jobcenter's total
                .sorted(Comparator.comparing((OutcomeRow r) -> r.metric().ordinal()).thenComparing(OutcomeRow::month)
                        .thenComparing(OutcomeRow::total).thenComparing(r -> String.valueOf(r.teamId()))
                        .thenComparing(OutcomeRow::key))
                .toList();
    }
}
