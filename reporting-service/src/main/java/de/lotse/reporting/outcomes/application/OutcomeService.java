package de.lotse.reporting.outcomes.application;

import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.InvalidInput;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.disclosure.application.FlowFigures;
import de.lotse.reporting.disclosure.application.PublishedFigures;
import de.lotse.reporting.disclosure.application.StockFigures;
import de.lotse.reporting.disclosure.domain.Cell;
import de.lotse.reporting.outcomes.domain.Metric;
import de.lotse.reporting.outcomes.domain.OutcomeRow;
import de.lotse.reporting.outcomes.infrastructure.OutcomeStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Flows (admissions by route, closures by reason), durations and outcomes per month. Management reads the
 * reporting date's figures — per team, the Jobcenter's total, and both summed over the keys — with small
 * counts and their complements withheld ({@link PublishedFigures}), for the months of the window that ends with
 * the reporting date's month; a team lead reads the own team live and exactly.
 */
@Singleton
public class OutcomeService {
    static final int MAX_MONTHS = 36;

    private final OutcomeStore store;
    private final PublishedFigures published;
    private final Clock clock;

    OutcomeService(OutcomeStore store, PublishedFigures published, Clock clock) {
        this.store = store;
        this.published = published;
        this.clock = clock;
    }

    /**
     * @param reportingDate management: the reporting date; none for a team lead's live figures
     * @param takenAt       management: when the reporting date's figures were taken
     */
    public record Outcomes(LocalDate reportingDate, Instant takenAt, List<OutcomeRow> rows) {}

    public Outcomes outcomes(CurrentUser user, YearMonth from, YearMonth to) {
        if (!user.has(Roles.MANAGEMENT) && !user.has(Roles.TL)) {
            throw new AccessDenied("LIST_NOT_FOR_ROLE", "Kennzahlen sind für Leitung und Teamleitung.");
        }
        // a team lead sees the own team only: without the team claim there is nothing to narrow to
        String team = user.has(Roles.MANAGEMENT) ? null : user.teamId();
        if (team == null && !user.has(Roles.MANAGEMENT)) {
            throw new AccessDenied("TEAM_LEAD_ONLY", "Das Token der Teamleitung enthält kein Team (teamId).");
        }
        StockFigures stock = team == null ? published.stock(user.requireJobcenter()) : null;
        YearMonth current = stock != null
                ? YearMonth.from(stock.reportingDate())
                : YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin")));
        YearMonth end = to != null ? to : current;
        YearMonth start = from != null ? from : end.minusMonths(11);
        if (start.isAfter(end)) {
            throw new InvalidInput("from", "BEFORE_TO", "Der erste Monat liegt vor dem letzten.");
        }
        if (start.plusMonths(MAX_MONTHS).isBefore(end.plusMonths(1))) {
            throw new InvalidInput("from", "RANGE", "Höchstens " + MAX_MONTHS + " Monate je Abfrage.");
        }
        List<OutcomeRow> rows = new ArrayList<>();
        if (stock == null) {
            for (OutcomeStore.Aggregate a :
                    store.aggregates(user.requireJobcenter(), team, start.atDay(1), end.atEndOfMonth())) {
                rows.add(new OutcomeRow(a.metric(), a.month(), a.teamId(), a.key(), Cell.exact(a.value()), false));
            }
        } else {
            YearMonth first = YearMonth.parse(stock.firstMonth());
            YearMonth readFrom = start.isBefore(first) ? first : start;
            YearMonth readTo = end.isAfter(current) ? current : end;
            if (!readFrom.isAfter(readTo)) {
                for (FlowFigures month : published.flows(stock, readFrom, readTo)) {
                    for (FlowFigures.Flow flow : month.flows()) {
                        rows.add(new OutcomeRow(
                                Metric.valueOf(flow.metric()),
                                flow.month(),
                                flow.teamId(),
                                flow.key(),
                                month.withheld().contains(flow.id()) ? Cell.withheld() : Cell.exact(flow.value()),
                                flow.teamId() == null));
                    }
                }
            }
        }
        // per metric and month the teams, then the Jobcenter's total; per team the keys, then their sum
        rows.sort(Comparator.comparing((OutcomeRow r) -> r.metric().ordinal())
                .thenComparing(OutcomeRow::month)
                .thenComparing(OutcomeRow::total)
                .thenComparing(r -> String.valueOf(r.teamId()))
                .thenComparing(OutcomeRow::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Outcomes(
                stock == null ? null : stock.reportingDate(),
                stock == null ? null : stock.takenAt(),
                List.copyOf(rows));
    }
}
