package de.lotse.reporting.quality;

import de.lotse.platform.contracts.CaseReferred;
import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.reporting.ReportingFixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.reporting.ReportingFixtures.Fact.OPENED;
import static de.lotse.reporting.ReportingFixtures.FactKind.CONTACTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the quality scenarios share: cases kept well or neglected as events, waiting until reporting applied
 * them, and reading findings and the per-case rows behind the counters.
 */
abstract class QualityScenario extends ReportingFixtures {
    static ContactRecorded contact(UUID caseId, LocalDate on) {
        return EventFixtures.contactRecorded()
                .caseId(caseId)
                .occurredOn(on)
                .recordedAt(at(on))
                .build();
    }

    static ContinuationReviewed review(UUID caseId, LocalDate on, LocalDate next) {
        return EventFixtures.continuationReviewed()
                .caseId(caseId)
                .reviewedOn(on)
                .nextReviewDueOn(next)
                .recordedAt(at(on))
                .build();
    }

    /** A case with monthly contacts and reviews: no finding under PANKOW. */
    List<EventPayload> wellKept(UUID caseId, String team, String fm) {
        List<EventPayload> events = new ArrayList<>(List.of(opened(caseId, team, fm, START.plusMonths(24), null)));
        for (LocalDate day = START.plusWeeks(3); day.isBefore(TODAY); day = day.plusWeeks(4)) {
            events.add(contact(caseId, day));
        }
        events.add(review(caseId, START.plusMonths(6), START.plusMonths(12).plusDays(10)));
        events.add(agreed(caseId, START.plusMonths(8)).build());
        return events;
    }

    void awaitContacts(UUID caseId, long contacts) {
        awaitProjected(() -> caseHas(caseId, OPENED) && factsAbout(CONTACTS, caseId) == contacts);
    }

    Map<String, List<String>> findingsOfTeam(String team) {
        List<Map<String, Object>> cases = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/quality/cases").bearerAuth(tl(team)), Argument.listOf(JSON_OBJECT));
        Map<String, List<String>> byCase = new java.util.HashMap<>();
        cases.forEach(c -> byCase.put(c.get("caseId").toString(), (List<String>) c.get("findings")));
        return byCase;
    }

    /** A cell's value, or null when withheld. */
    @SuppressWarnings("unchecked")
    static Object shown(Object cell) {
        return ((Map<String, Object>) cell).get("value");
    }

    static CaseReferred referred(UUID caseId, LocalDate on, LocalDate secondaryAssignmentDueOn) {
        return EventFixtures.caseReferred()
                .caseId(caseId)
                .policyVersion(3)
                .referredAt(at(on))
                .secondaryAssignmentDueOn(secondaryAssignmentDueOn)
                .build();
    }

    // --- the read model behind the figures: which row and counter an event arriving out of order changes, only
    // the tables show (management's summary withholds small groups, the team lead's list shows findings only)

    /**
     * The counters are the sum of the per-case rows, whatever happened before. Management's views read the
     * counters, the team lead's list the rows — only the tables show that the two agree.
     */
    void assertTallyMatchesCases() {
        String tally = """
                select team_id, case_manager_id, sum(open_cases), sum(open_u25), sum(referred),
                       sum(contact_density_not_met), sum(review_overdue), sum(agreement_expired),
                       sum(first_consultation_missed), sum(max_duration_exceeded), sum(secondary_assignment_missed)
                from quality_tally where jobcenter_id = :jobcenterId group by 1, 2 order by 1, 2""";
        String fromCases = """
                select team_id, case_manager_id, count(*) filter (where stage = 'OPEN'),
                       count(*) filter (where stage = 'OPEN' and age_group = 'U25'), count(*) filter (where stage = 'REFERRED'),
                       count(*) filter (where 'CONTACT_DENSITY_NOT_MET' = any(findings)),
                       count(*) filter (where 'REVIEW_OVERDUE' = any(findings)),
                       count(*) filter (where 'AGREEMENT_EXPIRED' = any(findings)),
                       count(*) filter (where 'FIRST_CONSULTATION_MISSED' = any(findings)),
                       count(*) filter (where 'MAX_DURATION_EXCEEDED' = any(findings)),
                       count(*) filter (where 'SECONDARY_ASSIGNMENT_MISSED' = any(findings))
                from case_quality where jobcenter_id = :jobcenterId group by 1, 2 order by 1, 2""";
        // counter rows of FMs who no longer have a case stay, at zero
        assertThat(rows(tally).stream()
                        .filter(r -> !r.matches("[^|]*\\|[^|]*\\|(0\\|)+"))
                        .toList())
                .isEqualTo(rows(fromCases));
    }

    /** The Jobcenter's per-case quality rows of the team, case manager and age group. */
    long qualityRowsOf(String team, String caseManager, String ageGroup) {
        return count(
                "select count(*) from case_quality where jobcenter_id = :jobcenterId and team_id = :team "
                        + "and case_manager_id = :caseManager and age_group = :ageGroup",
                Params.of("jobcenterId", jobcenter)
                        .and("team", team)
                        .and("caseManager", caseManager)
                        .and("ageGroup", ageGroup));
    }

    /** The open U25 cases the Jobcenter's counters hold. */
    long openU25Counted() {
        return count(
                "select coalesce(sum(open_u25), 0) from quality_tally where jobcenter_id = :jobcenterId",
                Params.of("jobcenterId", jobcenter));
    }

    List<String> rows(String sql) {
        return transactions.executeRead(status -> statements.query(sql, Params.of("jobcenterId", jobcenter), rs -> {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.append(rs.getString(i)).append('|');
            }
            return out.toString();
        }));
    }

    List<EventEnvelope> envelopes(List<EventPayload> events) {
        return events.stream()
                .map(e -> upstream.envelope(jobcenter, subject(e), e))
                .toList();
    }

    /**
     * Until every event was applied once (the inbox holds each event id once, redelivered or not): a
     * redelivery changes nothing the API could show, so only the inbox tells it was consumed.
     */
    void awaitApplied(List<EventEnvelope> envelopes) {
        UUID[] ids = envelopes.stream().map(EventEnvelope::eventId).toArray(UUID[]::new);
        await().atMost(Duration.ofSeconds(60)).until(() -> inboxHolds(ids) == envelopes.size());
    }

    /** Publishes an event and waits until reporting has applied it, so the next one arrives after it. */
    void publishApplied(UUID caseId, EventPayload event) {
        EventEnvelope envelope = upstream.publish(jobcenter, caseId, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxHolds(envelope.eventId()) == 1);
    }

    private long inboxHolds(UUID... eventIds) {
        return count(
                "select count(*) from inbox_event where event_id = any(:eventIds)", Params.of("eventIds", eventIds));
    }

    /**
     * How many of the team lead's requests for the finding list the audit log recorded about the cases: the
     * audit log has no API.
     */
    long findingListingsAudited(String actor, UUID... caseIds) {
        return count(
                "select count(*) from audit_log where actor = :actor and resource_type = 'quality-findings' "
                        + "and case_id = any(:caseIds)",
                Params.of("actor", actor).and("caseIds", caseIds));
    }

    /** Whether the case's findings were evaluated under the policy version: the API shows findings, not versions. */
    boolean evaluatedUnderPolicy(UUID caseId, int version) {
        return count(
                        "select count(*) from case_quality where case_id = :caseId and policy_version = :version",
                        Params.of("caseId", caseId).and("version", version))
                == 1;
    }

    /**
     * The case's caseload row with its contacts, for comparing the read model built from events in any order
     * with the one built in order — the API shows only the findings derived from it.
     */
    String row(UUID caseId) {
        return transactions.executeRead(status -> statements
                .query("""
                select team_id, case_manager_id, age_group, route, admitted_on, opened_at, closed_on, closed_at,
                       policy_version, first_consultation_due_on, first_consultation_held_on, max_duration_ends_on,
                       responsibility_at, closure_reason, integration, duration_days, agreement_valid_until, agreement_at,
                       next_review_due_on, review_at, extension_until, category_code, assessment_version,
                       (select string_agg(occurred_on::text || counts, ',' order by occurred_on) from report_contact r
                        where r.case_id = c.case_id)
                from caseload_case c where case_id = :caseId""", Params.of("caseId", caseId), rs -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        out.append(rs.getString(i)).append('|');
                    }
                    return out.toString();
                })
                .get(0));
    }
}
