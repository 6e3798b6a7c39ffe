package de.lotse.reporting.casefacts.infrastructure;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.jdbc.UpsertIfNewer;
import de.lotse.platform.testing.ServiceIT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models' building block on PostgreSQL: facts about one row arriving in any order and twice leave the
 * newest fact's columns, the first value of an insert-only column, and the first non-empty value of a filled one.
 * Runs in a transaction that is rolled back.
 */
@MicronautTest(transactional = false)
class UpsertIfNewerIT extends ServiceIT {
    // shapes of the block on a real read-model table (the service's role may not create tables)
    private static final UpsertIfNewer RESPONSIBILITY = UpsertIfNewer.into("caseload_case")
            .key("case_id")
            .insertOnly("jobcenter_id")
            .set("team_id")
            .fillIfEmpty("case_manager_id")
            .newestBy("responsibility_at");
    private static final UpsertIfNewer FIRST_END = UpsertIfNewer.into("caseload_case")
            .key("case_id")
            .insertOnly("jobcenter_id")
            .earliestBy("referral_declined_at");

    @Inject
    Statements statements;

    @Override
    protected String service() {
        return "reporting";
    }

    @Test
    void theNewestFactWinsWhateverTheOrderAndARedeliveryChangesNothing() {
        UUID id = UUID.randomUUID();
        Instant monday = Instant.parse("2026-03-02T09:00:00Z");
        Instant tuesday = monday.plusSeconds(86_400);

        List<Object> outcome = inRolledBackTransaction(() -> {
            int newer = statements.upsert(RESPONSIBILITY, fact(id, "jc-1", "team-b", tuesday));
            int older = statements.upsert(RESPONSIBILITY, fact(id, "jc-2", "team-a", monday));
            int again = statements.upsert(RESPONSIBILITY, fact(id, "jc-2", "team-b", tuesday));
            return List.of(newer, older, again, row(id));
        });

        assertThat(outcome).containsExactly(1, 0, 0, "jc-1|team-b|fm-of-team-b|" + tuesday + "|null");
    }

    @Test
    void aNewerFactReplacesAndARowCreatedByAnotherFactCountsAsOlder() {
        UUID id = UUID.randomUUID();
        Instant monday = Instant.parse("2026-03-02T09:00:00Z");
        Instant tuesday = monday.plusSeconds(86_400);

        String row = inRolledBackTransaction(() -> {
            // another fact created the row: no responsibility time yet
            statements.upsert(FIRST_END, end(id, tuesday));
            statements.upsert(RESPONSIBILITY, fact(id, "jc-1", "team-a", monday));
            statements.upsert(RESPONSIBILITY, fact(id, "jc-1", "team-b", tuesday));
            // an earlier end wins over a later one
            statements.upsert(FIRST_END, end(id, monday));
            statements.upsert(FIRST_END, end(id, tuesday));
            return row(id);
        });

        assertThat(row).isEqualTo("jc-0|team-b|fm-of-team-a|" + tuesday + "|" + monday);
    }

    private static Params fact(UUID id, String jobcenterId, String teamId, Instant at) {
        return Params.of("case_id", id)
                .and("jobcenter_id", jobcenterId)
                .and("team_id", teamId)
                .and("case_manager_id", "fm-of-" + teamId)
                .and("responsibility_at", at);
    }

    private static Params end(UUID id, Instant at) {
        return Params.of("case_id", id).and("jobcenter_id", "jc-0").and("referral_declined_at", at);
    }

    private String row(UUID id) {
        return statements
                .query(
                        "select jobcenter_id, team_id, case_manager_id, responsibility_at, referral_declined_at"
                                + " from caseload_case where case_id = :id",
                        Params.of("id", id),
                        rs -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                                + instant(rs.getTimestamp(4)) + "|" + instant(rs.getTimestamp(5)))
                .get(0);
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private <T> T inRolledBackTransaction(java.util.function.Supplier<T> work) {
        return transactions.executeWrite(status -> {
            T result = work.get();
            status.setRollbackOnly();
            return result;
        });
    }
}
