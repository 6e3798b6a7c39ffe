package de.lotse.planning.consultations.infrastructure;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The staff planning knows and their team: from their own tokens (latest wins) and, for FMs who have not
 * called planning yet, from the cases intake assigned to them. Stands in for the directory of teams and staff
 * until it exists (docs/planning.md, collegial case consultation).
 */
@Singleton
public class ColleagueStore {
    private final Statements sql;

    ColleagueStore(Statements sql) {
        this.sql = sql;
    }

    @Transactional
    public void seen(String jobcenterId, String subject, String teamId, String roles, Instant at) {
        sql.update(
                """
                insert into colleague (jobcenter_id, subject, team_id, roles, seen_at)
                values (:jobcenterId, :subject, :teamId, :roles, :seenAt)
                on conflict (jobcenter_id, subject) do update set team_id = excluded.team_id, roles = excluded.roles,
                    seen_at = excluded.seen_at""",
                Params.of("jobcenterId", jobcenterId)
                        .and("subject", subject)
                        .and("teamId", teamId)
                        .and("roles", roles)
                        .and("seenAt", at));
    }

    /** The team of the subject's latest token, if planning has seen one. */
    public Optional<String> teamSeen(String jobcenterId, String subject) {
        return sql
                .query(
                        "select team_id from colleague where jobcenter_id = :jobcenterId and subject = :subject",
                        Params.of("jobcenterId", jobcenterId).and("subject", subject),
                        rs -> rs.getString(1))
                .stream()
                .findFirst();
    }

    /** The teams of the open cases intake assigned to the subject as responsible FM. */
    public List<String> teamsOfCases(String jobcenterId, String subject) {
        return sql.query(
                "select distinct team_id from case_reference where jobcenter_id = :jobcenterId "
                        + "and case_manager_id = :subject and closed_on is null",
                Params.of("jobcenterId", jobcenterId).and("subject", subject),
                rs -> rs.getString(1));
    }
}
