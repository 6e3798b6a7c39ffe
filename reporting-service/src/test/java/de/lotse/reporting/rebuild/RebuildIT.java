package de.lotse.reporting.rebuild;

import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.ReferralSent;
import de.lotse.platform.contracts.ReferralStatusChanged;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.MutableClockFactory;
import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.ServiceTestProperties;
import de.lotse.platform.testing.TestInfrastructure;
import de.lotse.platform.testing.fixtures.EventFixtures;
import de.lotse.reporting.ReportingFixtures;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.lotse.reporting.ReportingFixtures.Fact.AGREED;
import static de.lotse.reporting.ReportingFixtures.Fact.CLOSED;
import static de.lotse.reporting.ReportingFixtures.Fact.DECLINED;
import static de.lotse.reporting.ReportingFixtures.Fact.FIRST_CONSULTATION_HELD;
import static de.lotse.reporting.ReportingFixtures.Fact.OPENED;
import static de.lotse.reporting.ReportingFixtures.Fact.RESPONSIBILITY_SET;
import static de.lotse.reporting.ReportingFixtures.Fact.REVIEWED;
import static de.lotse.reporting.ReportingFixtures.FactKind.ASSESSMENTS;
import static de.lotse.reporting.ReportingFixtures.FactKind.CATEGORY_CHANGES;
import static de.lotse.reporting.ReportingFixtures.FactKind.COMPLETED_REFERRALS;
import static de.lotse.reporting.ReportingFixtures.FactKind.CONTACTS;
import static de.lotse.reporting.ReportingFixtures.FactKind.ENDED_CONSENTS;
import static de.lotse.reporting.ReportingFixtures.FactKind.NEEDS;
import static de.lotse.reporting.ReportingFixtures.FactKind.RESOLVED_NEEDS;
import static de.lotse.reporting.ReportingFixtures.FactKind.SUCCESSFUL_MEASURES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rebuild: a second reporting instance under a new application name (so new consumer groups read
 * every topic from the start) writing into a fresh database reproduces the live read model exactly.
 * This is what {@code ./lotse rebuild-reporting} runs.
 */
@MicronautTest(transactional = false)
class RebuildIT extends ReportingFixtures {
    /**
     * Every read-model table of the Jobcenter, row by row (ids included: a rebuild replays the same events),
     * leaving out only when a row was written.
     */
    private static final List<String> TABLES = List.of(
            "select 'case|' || (to_jsonb(t) - 'recorded_at')::text from caseload_case t where jobcenter_id = :jobcenterId",
            "select 'contact|' || to_jsonb(r)::text from report_contact r join caseload_case c using (case_id) "
                    + "where c.jobcenter_id = :jobcenterId",
            "select 'measure|' || to_jsonb(t)::text from report_measure t where jobcenter_id = :jobcenterId",
            "select 'assessment|' || to_jsonb(t)::text from report_assessment t where jobcenter_id = :jobcenterId",
            "select 'referral|' || to_jsonb(t)::text from report_referral t where jobcenter_id = :jobcenterId",
            "select 'need|' || to_jsonb(t)::text from report_need t where jobcenter_id = :jobcenterId",
            "select 'category|' || to_jsonb(t)::text from report_category_change t where jobcenter_id = :jobcenterId",
            "select 'consent|' || to_jsonb(t)::text from report_consent t where jobcenter_id = :jobcenterId",
            "select 'partner|' || to_jsonb(t)::text from report_partner t where jobcenter_id = :jobcenterId",
            "select 'non-referral|' || to_jsonb(t)::text from report_non_referral t where jobcenter_id = :jobcenterId",
            "select 'policy|' || (to_jsonb(t) - 'recorded_at')::text from policy_reference t where jobcenter_id = :jobcenterId",
            "select 'quality|' || to_jsonb(t)::text from case_quality t where jobcenter_id = :jobcenterId",
            // counter rows of FMs who no longer have a case stay at zero; whether one exists depends on the path
            "select 'tally|' || to_jsonb(t)::text from quality_tally t where jobcenter_id = :jobcenterId "
                    + "and open_cases + referred > 0");

    private List<String> lines(JdbcOperations db, TransactionOperations<Connection> tx) {
        String sql = String.join(" union all ", TABLES) + " order by 1";
        // the live database or the rebuilt one: statements on that database's connection
        Statements on = new Statements(db);
        return tx.executeRead(status -> on.query(sql, Params.of("jobcenterId", jobcenter), rs -> rs.getString(1)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRebuildFromTheTopicsReproducesTheLiveReadModel() {
        policy(PolicySettings.PANKOW);
        for (int i = 0; i < 5; i++) {
            UUID caseId = UUID.randomUUID();
            upstream.publish(
                    jobcenter, caseId, opened(caseId, "team-1", "fm-anna", START.plusMonths(24), START.plusDays(14)));
            upstream.publish(
                    jobcenter,
                    caseId,
                    EventFixtures.reassigned()
                            .caseId(caseId)
                            .teamId("team-2")
                            .assignedAt(at(START.plusDays(3)))
                            .firstConsultationHeldOn(START.plusDays(10))
                            .policyVersion(3)
                            .build());
            upstream.publish(
                    jobcenter,
                    caseId,
                    EventFixtures.contactRecorded()
                            .caseId(caseId)
                            .occurredOn(START.plusDays(10))
                            .recordedAt(at(START.plusDays(10)))
                            .build());
            upstream.publish(
                    jobcenter, caseId, agreed(caseId, START.plusMonths(1)).build());
            upstream.publish(
                    jobcenter,
                    caseId,
                    EventFixtures.continuationReviewed()
                            .caseId(caseId)
                            .reviewedOn(START.plusMonths(6))
                            .nextReviewDueOn(START.plusMonths(12))
                            .recordedAt(at(START.plusMonths(6)))
                            .build());
            UUID referral = UUID.randomUUID();
            upstream.publish(
                    jobcenter,
                    caseId,
                    ReferralSent.builder()
                            .caseId(caseId)
                            .referralId(referral)
                            .partnerId(UUID.randomUUID())
                            .serviceCode("DEBT_COUNSELLING")
                            .sentAt(at(START.plusMonths(2)))
                            .build());
            upstream.publish(
                    jobcenter,
                    caseId,
                    ReferralStatusChanged.builder()
                            .caseId(caseId)
                            .referralId(referral)
                            .partnerId(UUID.randomUUID())
                            .fromStatus("STARTED")
                            .toStatus("COMPLETED")
                            .changedAt(at(START.plusMonths(4)))
                            .build());
            if (i % 2 == 0) {
                upstream.publish(
                        jobcenter,
                        caseId,
                        EventFixtures.caseClosed()
                                .caseId(caseId)
                                .closedOn(LocalDate.of(2026, 1, 15))
                                .durationDays(318)
                                .closedAt(at(LocalDate.of(2026, 1, 15)))
                                .policyVersion(3)
                                .build());
            }
        }
        // and cases through every other topic: transfer, assessments, needs, category, measures, consents,
        // partner referrals, non-referrals, the partner (one of them closed)
        UUID partner = UUID.randomUUID();
        List<UUID> lives = List.of(UUID.randomUUID(), UUID.randomUUID());
        for (UUID caseId : lives) {
            lifeOfACase(caseId, partner, caseId.equals(lives.get(1)))
                    .forEach(e -> upstream.publish(jobcenter, subject(e), e));
        }
        long contacts = lifeOfACase(lives.get(0), partner, false).stream()
                .filter(e -> e instanceof ContactRecorded)
                .count();
        awaitProjected(() -> jobcenterCasesWith(OPENED, REVIEWED, AGREED, RESPONSIBILITY_SET) == 5 + 2
                && jobcenterCasesWith(OPENED, CLOSED) == 3 + 1
                && factsInJobcenter(COMPLETED_REFERRALS) == 5 + 2
                && factsInJobcenter(CONTACTS) == 5 + 2 * contacts);
        for (UUID caseId : lives) {
            boolean closed = caseId.equals(lives.get(1));
            awaitProjected(() -> wholeLifeProjected(caseId, partner, closed, contacts));
        }
        List<String> live = lines(jdbc, transactions);
        assertThat(live.stream()
                        .map(line -> line.substring(0, line.indexOf('|')))
                        .distinct())
                .as("every table has rows")
                .containsExactlyInAnyOrder(
                        "case",
                        "contact",
                        "measure",
                        "assessment",
                        "referral",
                        "need",
                        "category",
                        "consent",
                        "partner",
                        "non-referral",
                        "policy",
                        "quality",
                        "tally");

        Map<String, Object> properties = new HashMap<>(ServiceTestProperties.forService(service()));
        String database = "reporting_rebuild_" + UUID.randomUUID().toString().substring(0, 8);
        properties.putAll(
                ServiceTestProperties.database(TestInfrastructure.get().createDatabase(database)));
        properties.put("micronaut.application.name", "reporting-rebuild-" + database);
        properties.put("micronaut.server.port", "-1");
        // findings depend on the day: the rebuild runs on the live instance's day
        properties.put(MutableClockFactory.PROPERTY, "mutable");
        properties.put(
                MutableClockFactory.DATE_PROPERTY,
                clock.instant()
                        .atZone(java.time.ZoneId.of("Europe/Berlin"))
                        .toLocalDate()
                        .toString());
        try (ApplicationContext rebuild = ApplicationContext.run(properties, "test")) {
            JdbcOperations db = rebuild.getBean(JdbcOperations.class);
            TransactionOperations<Connection> tx = rebuild.getBean(TransactionOperations.class);
            await().atMost(Duration.ofSeconds(90)).until(() -> lines(db, tx).equals(live));
        }
    }

    /** Every fact of {@link #lifeOfACase} in the read model: the live model is complete before it is compared. */
    private boolean wholeLifeProjected(UUID caseId, UUID partner, boolean closed, long contacts) {
        Map<String, Object> row = caseRow(caseId);
        return caseHas(caseId, OPENED, DECLINED, FIRST_CONSULTATION_HELD, AGREED, REVIEWED)
                && caseHas(caseId, CLOSED) == closed
                // transferred to Ü25, reassigned within the new team, assessed a second time
                && "UE25".equals(row.get("age_group"))
                && "fm-lena".equals(row.get("case_manager_id"))
                && Integer.valueOf(2).equals(row.get("assessment_version"))
                && factsAbout(CONTACTS, caseId) == contacts
                && factsAbout(NEEDS, caseId) == 2
                && factsAbout(RESOLVED_NEEDS, caseId) == 1
                && factsAbout(ENDED_CONSENTS, caseId) == 1
                && factsAbout(COMPLETED_REFERRALS, caseId) == 1
                && factsAbout(SUCCESSFUL_MEASURES, caseId) == 1
                && factsAbout(ASSESSMENTS, caseId) == 2
                && factsAbout(CATEGORY_CHANGES, caseId) == 1
                && nonReferralDueOn(nonReferralOf(caseId), START.plusMonths(12))
                && partnerKnown(partner);
    }
}
