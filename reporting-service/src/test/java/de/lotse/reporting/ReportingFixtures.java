package de.lotse.reporting;

import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.contracts.CategoryChanged;
import de.lotse.platform.contracts.ConsentGranted;
import de.lotse.platform.contracts.ConsentRevoked;
import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.contracts.MeasureEnded;
import de.lotse.platform.contracts.MeasureStarted;
import de.lotse.platform.contracts.NeedStatusChanged;
import de.lotse.platform.contracts.NonReferralRecorded;
import de.lotse.platform.contracts.NonReferralRecordedBuilder;
import de.lotse.platform.contracts.PartnerRegistered;
import de.lotse.platform.contracts.PlanAgreed;
import de.lotse.platform.contracts.PlanAgreedBuilder;
import de.lotse.platform.contracts.ReferralDecided;
import de.lotse.platform.contracts.ReferralSent;
import de.lotse.platform.contracts.ReferralStatusChanged;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.MutableClock;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.UpstreamEventsIT;
import de.lotse.platform.testing.fixtures.EventFixtures;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
     * A case through every topic reporting reads, in the order things happened: referral, a decline and
     * the team lead's admission (U25), first consultation, contacts every four weeks, assessments with
     * co-ratings, needs, a category move, an AGH, a consent given and revoked, a partner referral to
     * completion, a U25→Ü25 transfer to another team, a later reassignment within it, review, agreement,
     * a non-referral and its re-check, the partner's registration — and, if asked, the closure.
     */
    protected static List<EventPayload> lifeOfACase(UUID c, UUID partner, boolean closed) {
        List<EventPayload> events = new ArrayList<>(List.of(
                new PartnerRegistered(
                        partner, "COUNSELLING_AGENCY", List.of("DEBT_COUNSELLING"), at(START.minusMonths(1))),
                EventFixtures.caseReferred()
                        .caseId(c)
                        .referralId(id(c, "referral"))
                        .customerRef(id(c, "customer"))
                        .teamId("team-1")
                        .ageGroup("U25")
                        .policyVersion(3)
                        .referredAt(at(START.minusDays(10)))
                        .build(),
                ReferralDecided.builder()
                        .caseId(c)
                        .decision("DECLINED")
                        .reasonCode("NOT_WILLING")
                        .decidedByRole("FM")
                        .policyVersion(3)
                        .decidedAt(at(START.minusDays(8)))
                        .build(),
                EventFixtures.caseOpened()
                        .caseId(c)
                        .customerRef(id(c, "customer"))
                        .teamId("team-1")
                        .caseManagerId("fm-anna")
                        .ageGroup("U25")
                        .policyVersion(3)
                        .admittedOn(START)
                        .admittedAt(at(START))
                        .decidedByRole("TL")
                        .firstConsultationDueOn(START.plusDays(14))
                        .durationStartOn(START)
                        .maxDurationEndsOn(START.plusMonths(24))
                        .build(),
                EventFixtures.firstConsultationHeld()
                        .caseId(c)
                        .caseManagerId("fm-anna")
                        .teamId("team-1")
                        .firstConsultationDueOn(START.plusDays(14))
                        .firstConsultationHeldOn(START.plusDays(10))
                        .assignedAt(at(START.plusDays(10)))
                        .policyVersion(3)
                        .build(),
                EventFixtures.assessmentCompleted()
                        .caseId(c)
                        .assessmentId(id(c, "assessment-1"))
                        .version(1)
                        .needsByKeyGroup(Map.of("LIVING_CONDITIONS", 3))
                        .entrenchedNeeds(1)
                        .prognosisHorizonMonths(12)
                        .profileCode("SUPPORT")
                        .validUntil(START.plusMonths(6))
                        .completedAt(at(START.plusDays(5)))
                        .assessedOn(START.plusDays(5))
                        .needsAdded(3)
                        .coRatingCustomerSum(10)
                        .coRatingCaseManagerSum(12)
                        .coRatedDimensions(List.of("CONFIDENCE", "DAILY_STRUCTURE", "WORK_READINESS"))
                        .build()));
        for (LocalDate day = START.plusWeeks(3); day.isBefore(TODAY); day = day.plusWeeks(4)) {
            events.add(ContactRecorded.builder()
                    .caseId(c)
                    .contactId(id(c, "contact-" + day))
                    .format("IN_PERSON")
                    .occurredOn(day)
                    .countsForDensity(true)
                    .recordedAt(at(day))
                    .build());
        }
        UUID need = id(c, "need-1");
        UUID consent = id(c, "consent");
        UUID referral = id(c, "partner-referral");
        UUID measure = id(c, "measure");
        UUID nonReferral = nonReferralOf(c);
        events.addAll(List.of(
                ConsentGranted.builder()
                        .caseId(c)
                        .consentId(consent)
                        .partnerId(partner)
                        .scopes(List.of("APPOINTMENTS"))
                        .purposeCode("DEBT_COUNSELLING")
                        .validFrom(START.plusMonths(2))
                        .validUntil(START.plusMonths(14))
                        .grantedAt(at(START.plusMonths(2)))
                        .build(),
                ReferralSent.builder()
                        .caseId(c)
                        .referralId(referral)
                        .partnerId(partner)
                        .serviceCode("DEBT_COUNSELLING")
                        .consentId(consent)
                        .sentAt(at(START.plusMonths(2)))
                        .build(),
                ReferralStatusChanged.builder()
                        .caseId(c)
                        .referralId(referral)
                        .partnerId(partner)
                        .fromStatus("SENT")
                        .toStatus("STARTED")
                        .changedAt(at(START.plusMonths(3)))
                        .build(),
                NeedStatusChanged.builder()
                        .caseId(c)
                        .needId(need)
                        .keyGroup("LIVING_CONDITIONS")
                        .needCode("DEBTS")
                        .fromStatus("IDENTIFIED")
                        .toStatus("IN_PROGRESS")
                        .changedAt(at(START.plusMonths(3)))
                        .build(),
                NeedStatusChanged.builder()
                        .caseId(c)
                        .needId(id(c, "need-2"))
                        .keyGroup("PERFORMANCE_CAPACITY")
                        .needCode("HEALTH_RELATED")
                        .toStatus("IDENTIFIED")
                        .changedAt(at(START.plusMonths(4)))
                        .build(),
                MeasureStarted.builder()
                        .caseId(c)
                        .measureId(measure)
                        .instrumentCode("AGH_16D")
                        .startedOn(START.plusMonths(4))
                        .plannedEndOn(START.plusMonths(10))
                        .partnerId(partner)
                        .recordedAt(at(START.plusMonths(4)))
                        .build(),
                EventFixtures.caseTransferred()
                        .caseId(c)
                        .kind("U25_TO_UE25")
                        .fromTeamId("team-1")
                        .toTeamId("team-2")
                        .fromCaseManagerId("fm-anna")
                        .toCaseManagerId("fm-jonas")
                        .transferredAt(at(START.plusMonths(5)))
                        .ageGroup("UE25")
                        .runningMeasures(1)
                        .policyVersion(3)
                        .build(),
                ContinuationReviewed.builder()
                        .caseId(c)
                        .reviewId(id(c, "review"))
                        .reviewedOn(START.plusMonths(6))
                        .decision("CONTINUE")
                        .extensionApproved(false)
                        .nextReviewDueOn(START.plusMonths(12).plusDays(10))
                        .recordedAt(at(START.plusMonths(6)))
                        .build(),
                EventFixtures.reassigned()
                        .caseId(c)
                        .caseManagerId("fm-lena")
                        .teamId("team-2")
                        .previousCaseManagerId("fm-jonas")
                        .assignedAt(at(START.plusMonths(6)))
                        .policyVersion(3)
                        .build(),
                ReferralStatusChanged.builder()
                        .caseId(c)
                        .referralId(referral)
                        .partnerId(partner)
                        .fromStatus("STARTED")
                        .toStatus("COMPLETED")
                        .changedAt(at(START.plusMonths(6)))
                        .build(),
                NonReferralRecorded.builder()
                        .caseId(nonReferral)
                        .customerRef(id(c, "customer-2"))
                        .teamId("team-av")
                        .reasonCode("OTHER")
                        .recheckDueOn(START.plusMonths(6))
                        .recordedAt(at(START))
                        .status("OPEN")
                        .recheckNumber(0)
                        .policyVersion(3)
                        .build(),
                NonReferralRecorded.builder()
                        .caseId(nonReferral)
                        .customerRef(id(c, "customer-2"))
                        .teamId("team-av")
                        .reasonCode("OTHER")
                        .recheckDueOn(START.plusMonths(12))
                        .recordedAt(at(START.plusMonths(6)))
                        .status("OPEN")
                        .recheckNumber(1)
                        .policyVersion(3)
                        .build(),
                EventFixtures.assessmentCompleted()
                        .caseId(c)
                        .assessmentId(id(c, "assessment-2"))
                        .version(2)
                        .previousVersion(1)
                        .needsByKeyGroup(Map.of("LIVING_CONDITIONS", 2))
                        .prognosisHorizonMonths(6)
                        .profileCode("DEVELOPMENT")
                        .profileDirection("UP")
                        .validUntil(START.plusMonths(13))
                        .completedAt(at(START.plusMonths(7)))
                        .assessedOn(START.plusMonths(7))
                        .needsResolved(1)
                        .strengthsGained(1)
                        .coRatingCustomerSum(13)
                        .coRatingCaseManagerSum(14)
                        .coRatedDimensions(List.of("CONFIDENCE", "DAILY_STRUCTURE", "WORK_READINESS"))
                        .coRatingComparedWith(1)
                        .coRatingCommonDimensions(3)
                        .coRatingChange(5)
                        .build(),
                CategoryChanged.builder()
                        .caseId(c)
                        .fromCode("SUPPORT")
                        .toCode("DEVELOPMENT")
                        .direction("UP")
                        .reasonCode("PROGRESS")
                        .changedAt(at(START.plusMonths(7)))
                        .build(),
                MeasureEnded.builder()
                        .caseId(c)
                        .measureId(measure)
                        .instrumentCode("AGH_16D")
                        .endedOn(START.plusMonths(7))
                        .outcomeCode("COMPLETED_SUCCESSFULLY")
                        .successful(true)
                        .recordedAt(at(START.plusMonths(7)))
                        .build(),
                PlanAgreed.builder()
                        .caseId(c)
                        .planId(id(c, "plan"))
                        .agreementType("EINV")
                        .agreedOn(START.plusMonths(8))
                        .validUntil(START.plusMonths(14))
                        .strategyCount(2)
                        .needsWithoutStrategy(0)
                        .agreedAt(at(START.plusMonths(8)))
                        .build(),
                new ConsentRevoked(c, consent, partner, "REVOKED", at(START.plusMonths(8))),
                NeedStatusChanged.builder()
                        .caseId(c)
                        .needId(need)
                        .keyGroup("LIVING_CONDITIONS")
                        .needCode("DEBTS")
                        .fromStatus("IN_PROGRESS")
                        .toStatus("RESOLVED")
                        .changedAt(at(START.plusMonths(9)))
                        .build()));
        if (closed) {
            events.add(EventFixtures.caseClosed()
                    .caseId(c)
                    .reasonCode("INTEGRATION")
                    .closedOn(TODAY.minusDays(1))
                    .durationDays(364)
                    .closedAt(at(TODAY.minusDays(1)))
                    .integration(true)
                    .handoverRecorded(true)
                    .policyVersion(3)
                    .build());
        }
        return events;
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
