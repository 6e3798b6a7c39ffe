package de.lotse.reporting;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.contracts.NonReferralRecorded;
import de.lotse.platform.contracts.NonReferralRecordedBuilder;
import de.lotse.platform.contracts.PartnerRegistered;
import de.lotse.platform.contracts.PlanAgreed;
import de.lotse.platform.contracts.PlanAgreedBuilder;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.MutableClock;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.UpstreamEventsIT;
import de.lotse.platform.testing.fixtures.EventFixtures;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** reporting-service fed by the other services' events on the real broker, on a fixed day. */
public abstract class ReportingFixtures extends UpstreamEventsIT {
    protected static final LocalDate START = LocalDate.of(2025, 3, 3);
    protected static final LocalDate TODAY = START.plusYears(1);

    @Inject
    protected MutableClock clock;

    @Override
    protected String service() {
        return "reporting";
    }

    @Override
    protected boolean mutableClock() {
        return true;
    }

    /**
     * The clock starts on {@link #TODAY}, not on the real day: the scheduled quality refresh (10 s after
     * start) records the day it ran, and on a loaded machine it may run before the first test sets the
     * clock — the national view would then count re-checks as of the real day.
     */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put(de.lotse.platform.testing.MutableClockFactory.DATE_PROPERTY, TODAY.toString());
        return properties;
    }

    @Override
    protected void onNewJobcenter() {
        clock.set(TODAY);
    }

    protected void policy(Map<String, String> settings) {
        policy(3, START, settings);
    }

    protected static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    protected static CaseOpened opened(
            UUID caseId, String team, String fm, LocalDate maxEnd, LocalDate firstConsultationDue) {
        return opened(caseId, team, fm, "AV", START, maxEnd, firstConsultationDue);
    }

    protected static CaseOpened opened(
            UUID caseId,
            String team,
            String fm,
            String route,
            LocalDate admittedOn,
            LocalDate maxEnd,
            LocalDate firstConsultationDue) {
        return EventFixtures.caseOpened()
                .caseId(caseId)
                .teamId(team)
                .caseManagerId(fm)
                .route(route)
                .policyVersion(3)
                .admittedOn(admittedOn)
                .admittedAt(at(admittedOn))
                .durationStartOn(admittedOn)
                .maxDurationEndsOn(maxEnd)
                .firstConsultationDueOn(firstConsultationDue)
                .build();
    }

    /**
     * An integration agreement (EinV) made on the day, valid for six months, with two strategies and no need
     * left without one.
     */
    protected static PlanAgreedBuilder agreed(UUID caseId, LocalDate on) {
        return PlanAgreed.builder()
                .caseId(caseId)
                .planId(UUID.randomUUID())
                .agreementType("EINV")
                .agreedOn(on)
                .validUntil(on.plusMonths(6))
                .strategyCount(2)
                .agreedAt(at(on));
    }

    /**
     * An open non-referral (reason OTHER) of the given AV team under policy version 3, not yet re-checked;
     * the test sets when it was recorded and when the re-check is due.
     */
    protected static NonReferralRecordedBuilder nonReferral(UUID id, String avTeam) {
        return NonReferralRecorded.builder()
                .caseId(id)
                .customerRef(UUID.randomUUID())
                .teamId(avTeam)
                .reasonCode("OTHER")
                .status("OPEN")
                .policyVersion(3);
    }

    protected void publish(UUID caseId, List<EventPayload> events) {
        events.forEach(e -> upstream.publish(jobcenter, caseId, e));
    }

    /** A fixed id for one of a case's facts (a contact, a measure, …): the same label gives each case its own. */
    protected static UUID id(UUID caseId, String label) {
        return UUID.nameUUIDFromBytes((caseId + "/" + label).getBytes(StandardCharsets.UTF_8));
    }

    /** The non-referral {@link #lifeOfACase} records beside the case (a non-referral has an id of its own). */
    protected static UUID nonReferralOf(UUID caseId) {
        return id(caseId, "non-referral");
    }

    /**
     * A case through every topic reporting reads, in the order things happened ({@link LifeOfACase}) — and, if
     * asked, the closure.
     */
    protected static List<EventPayload> lifeOfACase(UUID c, UUID partner, boolean closed) {
        return LifeOfACase.events(c, partner, closed);
    }

    // --- waiting until reporting has applied the events --------------------------------------------------
    // Only the read model tells which events reporting has applied: management sees the reporting date's
    // figures (taken once, at its first request, small groups withheld), a team lead the own team's findings
    // (each request audited) — neither shows a row that is not there yet. Tests wait on the rows, then assert
    // through the API.

    /** Waits until the read model shows what the test published (up to a minute on a loaded machine). */
    protected static void awaitProjected(java.util.concurrent.Callable<Boolean> projected) {
        await().atMost(Duration.ofSeconds(60)).until(projected);
    }

    /** What a case's row in the caseload read model shows once the event that sets it was applied. */
    public enum Fact {
        OPENED("opened_at"),
        CLOSED("closed_at"),
        REFERRED("referred_at"),
        DECLINED("referral_declined_at"),
        FIRST_CONSULTATION_HELD("first_consultation_held_on"),
        RESPONSIBILITY_SET("responsibility_at"),
        AGREED("agreement_at"),
        REVIEWED("review_at"),
        CATEGORISED("category_code");

        private final String column;

        Fact(String column) {
            this.column = column;
        }
    }

    private static String having(Fact... facts) {
        return java.util.Arrays.stream(facts)
                .map(f -> " and " + f.column + " is not null")
                .collect(java.util.stream.Collectors.joining());
    }

    /** How many of the cases the read model holds with every one of the facts. */
    protected long casesWith(List<UUID> caseIds, Fact... facts) {
        return count(
                "select count(*) from caseload_case where case_id = any(:caseIds)" + having(facts),
                Params.of("caseIds", caseIds.toArray(UUID[]::new)));
    }

    protected boolean caseHas(UUID caseId, Fact... facts) {
        return casesWith(List.of(caseId), facts) == 1;
    }

    /** How many of this test's Jobcenter's cases the read model holds with every one of the facts. */
    protected long jobcenterCasesWith(Fact... facts) {
        return count(
                "select count(*) from caseload_case where jobcenter_id = :jobcenterId" + having(facts),
                Params.of("jobcenterId", jobcenter));
    }

    /** The case's row in the caseload read model, column by column (empty while there is none). */
    protected Map<String, Object> caseRow(UUID caseId) {
        List<String> rows = transactions.executeRead(status -> statements.query(
                "select to_jsonb(t)::text from caseload_case t where case_id = :caseId",
                Params.of("caseId", caseId),
                rs -> rs.getString(1)));
        try {
            return rows.isEmpty() ? Map.of() : json.readValue(rows.get(0), JSON_OBJECT);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The Jobcenter's cases opened and not closed. */
    protected long openCasesOf(String jobcenterId) {
        return count(
                "select count(*) from caseload_case where jobcenter_id = :jobcenterId "
                        + "and opened_at is not null and closed_at is null",
                Params.of("jobcenterId", jobcenterId));
    }

    /** A read-model table of reporting that holds facts about cases ({@code case_id}) of a Jobcenter. */
    public enum FactKind {
        CONTACTS("report_contact"),
        MEASURES("report_measure"),
        SUCCESSFUL_MEASURES("report_measure", "t.successful and t.started_on is not null"),
        ASSESSMENTS("report_assessment"),
        NEEDS("report_need"),
        RESOLVED_NEEDS("report_need", "t.resolved_on is not null"),
        CATEGORY_CHANGES("report_category_change"),
        ENDED_CONSENTS("report_consent", "t.granted_on is not null and t.ended_on is not null"),
        COMPLETED_REFERRALS("report_referral", "t.completed_on is not null and t.service is not null"),
        QUALITY_ROWS("case_quality");

        private final String table;
        private final String condition;

        FactKind(String table) {
            this(table, "true");
        }

        FactKind(String table, String condition) {
            this.table = table;
            this.condition = condition;
        }
    }

    /** How many such facts the read model holds about the cases. */
    protected long factsAbout(FactKind facts, UUID... caseIds) {
        return count(
                "select count(*) from " + facts.table + " t where t.case_id = any(:caseIds) and " + facts.condition,
                Params.of("caseIds", caseIds));
    }

    /** How many such facts the read model holds about this test's Jobcenter's cases. */
    protected long factsInJobcenter(FactKind facts) {
        return count(
                "select count(*) from " + facts.table + " t join caseload_case c using (case_id) "
                        + "where c.jobcenter_id = :jobcenterId and " + facts.condition,
                Params.of("jobcenterId", jobcenter));
    }

    /** How many such facts of this test's Jobcenter reporting has attributed to a team. */
    protected long factsOfTeams(FactKind facts) {
        return count(
                "select count(*) from " + facts.table + " t where t.jobcenter_id = :jobcenterId "
                        + "and t.team_id is not null and " + facts.condition,
                Params.of("jobcenterId", jobcenter));
    }

    /** The Jobcenters' non-referrals, whatever their state. */
    protected long nonReferralsOf(String... jobcenterIds) {
        return count(
                "select count(*) from report_non_referral where jobcenter_id = any(:jobcenterIds)",
                Params.of("jobcenterIds", jobcenterIds));
    }

    /** Whether the read model holds the non-referral with its re-check due on the day. */
    protected boolean nonReferralDueOn(UUID nonReferralId, LocalDate recheckDueOn) {
        return count(
                        "select count(*) from report_non_referral where non_referral_id = :id and recheck_due_on = :due",
                        Params.of("id", nonReferralId).and("due", recheckDueOn))
                == 1;
    }

    /** Whether the partner's registration was applied. */
    protected boolean partnerKnown(UUID partnerId) {
        return count("select count(*) from report_partner where partner_id = :id", Params.of("id", partnerId)) == 1;
    }

    /** Whether reporting has applied the Jobcenter's policy version. */
    protected boolean policyVersionKnown(int version) {
        return count(
                        "select count(*) from policy_reference where jobcenter_id = :jobcenterId and policy_version = :version",
                        Params.of("jobcenterId", jobcenter).and("version", version))
                == 1;
    }

    /** The quality rows of the Jobcenter: one per open or referred case. */
    protected long qualityRowsOf(String jobcenterId) {
        return count(
                "select count(*) from case_quality where jobcenter_id = :jobcenterId",
                Params.of("jobcenterId", jobcenterId));
    }

    /** What an event is about, its Kafka key: the case; a non-referral's or partner's own id. */
    protected static UUID subject(EventPayload event) {
        if (event instanceof PartnerRegistered p) {
            return p.partnerId();
        }
        try {
            return (UUID) event.getClass().getMethod("caseId").invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(event.getClass().getSimpleName(), e);
        }
    }

    /** Each read-model table reporting keeps about a case, with the columns that are not ids or arrival times. */
    private static final Map<String, String> CASE_TABLES = new java.util.LinkedHashMap<>();

    static {
        CASE_TABLES.put("caseload_case", "to_jsonb(t) - 'case_id' - 'opened_event_id' - 'recorded_at'");
        CASE_TABLES.put("case_quality", "to_jsonb(t) - 'case_id'");
        CASE_TABLES.put("report_contact", "to_jsonb(t) - 'case_id' - 'contact_id'");
        CASE_TABLES.put("report_measure", "to_jsonb(t) - 'case_id' - 'measure_id'");
        CASE_TABLES.put("report_assessment", "to_jsonb(t) - 'case_id' - 'assessment_id'");
        CASE_TABLES.put("report_referral", "to_jsonb(t) - 'case_id' - 'referral_id'");
        CASE_TABLES.put("report_need", "to_jsonb(t) - 'case_id' - 'need_id'");
        CASE_TABLES.put("report_category_change", "to_jsonb(t) - 'case_id'");
        CASE_TABLES.put("report_consent", "to_jsonb(t) - 'case_id' - 'consent_id'");
    }

    /**
     * Every read-model row about the case (and the non-referral of {@link #lifeOfACase}), table by table,
     * without the ids that differ between cases: two cases with the same story compare equal.
     */
    protected Map<String, String> readModel(UUID caseId) {
        Map<String, String> tables = new java.util.LinkedHashMap<>();
        CASE_TABLES.forEach((table, row) -> tables.put(
                table,
                json(
                        "select coalesce(jsonb_agg(r order by r::text), " + "'[]') from (select " + row + " r from "
                                + table + " t where case_id = :id) x",
                        caseId)));
        tables.put(
                "report_non_referral",
                json(
                        "select coalesce(jsonb_agg(to_jsonb(t) - 'non_referral_id'), '[]') "
                                + "from report_non_referral t where non_referral_id = :id",
                        nonReferralOf(caseId)));
        return tables;
    }

    private String json(String sql, UUID id) {
        return transactions.executeRead(status -> statements
                .query(sql, Params.of("id", id), rs -> rs.getString(1))
                .get(0));
    }

    /**
     * The national view of the reporting date is taken once, at its first request — by whichever test asked
     * first. A test that checks its own Jobcenter's line has the current date's figures taken anew, as if
     * its request were the first.
     */
    protected void forgetNationalFigures() {
        transactions.executeWrite(
                status -> statements.update("delete from reporting_snapshot where scope = 'NATIONAL'", Params.none()));
    }

    protected String tl(String team) {
        return TestTokens.user("tl-" + team, "TL")
                .jobcenter(jobcenter)
                .team(team)
                .sign();
    }

    protected String management() {
        return TestTokens.user("mgmt-karl", "MANAGEMENT").jobcenter(jobcenter).sign();
    }
}
