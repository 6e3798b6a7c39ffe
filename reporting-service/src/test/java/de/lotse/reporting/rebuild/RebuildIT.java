package de.lotse.reporting.rebuild;

import de.lotse.platform.contracts.CaseAssigned;
import de.lotse.platform.contracts.CaseClosed;
import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.contracts.PlanAgreed;
import de.lotse.platform.contracts.ReferralSent;
import de.lotse.platform.contracts.ReferralStatusChanged;
import de.lotse.platform.jdbc.Sql;
import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.MutableClockFactory;
import de.lotse.platform.testing.ServiceTestProperties;
import de.lotse.platform.testing.TestInfrastructure;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rebuild: a second reporting instance under a new application name (so new consumer groups read
 * every topic from the start) writing into a fresh database reproduces the live read model exactly.
 * This is what {@code ./lotse rebuild-reporting} runs.
 */
@MicronautTest(transactional = false)
class RebuildIT extends ReportingFixtures {
    private static final String TABLES = """
            select 'case|' || coalesce(team_id, '') || '|' || coalesce(case_manager_id, '') || '|' || coalesce(age_group, '')
                   || '|' || coalesce(route, '') || '|' || coalesce(admitted_on::text, '') || '|' || coalesce(closed_on::text, '')
                   || '|' || coalesce(closure_reason, '') || '|' || coalesce(agreement_valid_until::text, '')
                   || '|' || coalesce(next_review_due_on::text, '') || '|' || coalesce(policy_version::text, '')
                   || '|' || coalesce(responsibility_at::text, '') as line
            from caseload_case where jobcenter_id = ?
            union all
            select 'contact|' || r.contact_id || '|' || r.occurred_on || '|' || r.counts
            from report_contact r join caseload_case c using (case_id) where c.jobcenter_id = ?
            union all
            select 'referral|' || r.referral_id || '|' || coalesce(r.service, '') || '|' || coalesce(r.status, '')
                   || '|' || coalesce(r.completed_on::text, '')
            from report_referral r join caseload_case c using (case_id) where c.jobcenter_id = ?
            union all
            select 'policy|' || policy_version || '|' || settings::text from policy_reference where jobcenter_id = ?
            union all
            select 'quality|' || case_id || '|' || team_id || '|' || case_manager_id || '|' || stage || '|' || findings::text
                   || '|' || policy_version || '|' || changes_on
            from case_quality where jobcenter_id = ?
            union all
            select 'tally|' || team_id || '|' || case_manager_id || '|' || open_cases || '|' || review_overdue || '|'
                   || first_consultation_missed || '|' || contact_density_not_met
            from quality_tally where jobcenter_id = ? and open_cases + referred > 0
            order by 1""";

    private List<String> lines(JdbcOperations db, TransactionOperations<Connection> tx) {
        return tx.executeRead(status -> Sql.query(db, TABLES, statement -> {
            for (int i = 1; i <= 6; i++) {
                statement.setString(i, jobcenter);
            }
        }, rs -> rs.getString(1)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRebuildFromTheTopicsReproducesTheLiveReadModel() {
        policy(PolicySettings.PANKOW);
        for (int i = 0; i < 5; i++) {
            UUID caseId = UUID.randomUUID();
            upstream.publish(jobcenter, caseId, opened(caseId, "team-1", "fm-anna", START.plusMonths(24), START.plusDays(14)));
            upstream.publish(jobcenter, caseId, new CaseAssigned(caseId, "fm-jonas", "team-2", "PRIMARY", null, false,
                    at(START.plusDays(3)), "REASSIGNMENT", "fm-anna", START.plusDays(10), null, null, null, false, 3));
            upstream.publish(jobcenter, caseId, new ContactRecorded(caseId, UUID.randomUUID(), "IN_PERSON",
                    START.plusDays(10), true, null, at(START.plusDays(10))));
            upstream.publish(jobcenter, caseId, new PlanAgreed(caseId, UUID.randomUUID(), "EINV", START.plusMonths(1),
                    START.plusMonths(7), 2, 0, at(START.plusMonths(1))));
            upstream.publish(jobcenter, caseId, new ContinuationReviewed(caseId, UUID.randomUUID(), START.plusMonths(6),
                    "CONTINUE", false, START.plusMonths(12), at(START.plusMonths(6)), null));
            UUID referral = UUID.randomUUID();
            upstream.publish(jobcenter, caseId, new ReferralSent(caseId, referral, UUID.randomUUID(), "DEBT_COUNSELLING",
                    null, null, at(START.plusMonths(2))));
            upstream.publish(jobcenter, caseId, new ReferralStatusChanged(caseId, referral, UUID.randomUUID(), "STARTED",
                    "COMPLETED", null, at(START.plusMonths(4))));
            if (i % 2 == 0) {
                upstream.publish(jobcenter, caseId, new CaseClosed(caseId, "INTEGRATION", LocalDate.of(2026, 1, 15), 318,
                        at(LocalDate.of(2026, 1, 15)), true, true, null, null, 3));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from caseload_case where jobcenter_id = ? "
                + "and opened_at is not null and review_at is not null and agreement_at is not null "
                + "and responsibility_at is not null", jobcenter) == 5
                && count("select count(*) from caseload_case where jobcenter_id = ? and closed_at is not null", jobcenter) == 3
                && count("select count(*) from report_referral r join caseload_case c using (case_id) "
                + "where c.jobcenter_id = ? and r.status = 'COMPLETED' and r.service is not null", jobcenter) == 5
                && count("select count(*) from report_contact r join caseload_case c using (case_id) "
                + "where c.jobcenter_id = ?", jobcenter) == 5);
        List<String> live = lines(jdbc, transactions);
        assertThat(live).hasSize(5 + 5 + 5 + 1 + 2 + 1); // cases, contacts, referrals, policy, 2 open cases, 1 FM

        Map<String, Object> properties = new HashMap<>(ServiceTestProperties.forService(service()));
        String database = "reporting_rebuild_" + UUID.randomUUID().toString().substring(0, 8);
        properties.put("datasources.default.url", TestInfrastructure.get().createDatabase(database));
        properties.put("micronaut.application.name", "reporting-rebuild-" + database);
        properties.put("micronaut.server.port", "-1");
        // findings depend on the day: the rebuild runs on the live instance's day
        properties.put(MutableClockFactory.PROPERTY, "mutable");
        properties.put(MutableClockFactory.DATE_PROPERTY, clock.instant().atZone(java.time.ZoneId.of("Europe/Berlin"))
                .toLocalDate().toString());
        try (ApplicationContext rebuild = ApplicationContext.run(properties, "test")) {
            JdbcOperations db = rebuild.getBean(JdbcOperations.class);
            TransactionOperations<Connection> tx = rebuild.getBean(TransactionOperations.class);
            await().atMost(Duration.ofSeconds(90)).until(() -> lines(db, tx).equals(live));
        }
    }
}
