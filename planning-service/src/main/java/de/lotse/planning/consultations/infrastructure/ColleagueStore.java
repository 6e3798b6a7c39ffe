package de.lotse.planning.consultations.infrastructure;

import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
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
    private final JdbcOperations jdbc;

    ColleagueStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void seen(String jobcenterId, String subject, String teamId, String roles, Instant at) {
        Sql.update(jdbc, """
                insert into colleague (jobcenter_id, subject, team_id, roles, seen_at) values (?, ?, ?, ?, ?)
                on conflict (jobcenter_id, subject) do update set team_id = excluded.team_id, roles = excluded.roles,
                    seen_at = excluded.seen_at""", statement -> {
            statement.setString(1, jobcenterId);
            statement.setString(2, subject);
            statement.setString(3, teamId);
            statement.setString(4, roles);
            statement.setTimestamp(5, Timestamp.from(at));
        });
    }

    /** The team of the subject's latest token, if planning has seen one. */
    public Optional<String> teamSeen(String jobcenterId, String subject) {
        return Sql.query(jdbc, "select team_id from colleague where jobcenter_id = ? and subject = ?", statement -> {
            statement.setString(1, jobcenterId);
            statement.setString(2, subject);
        }, rs -> rs.getString(1)).stream().findFirst();
    }

    /** The teams of the open cases intake assigned to the subject as responsible FM. */
    public List<String> teamsOfCases(String jobcenterId, String subject) {
        return Sql.query(jdbc, "select distinct team_id from case_reference where jobcenter_id = ? "
                + "and case_manager_id = ? and closed_on is null", statement -> {
            statement.setString(1, jobcenterId);
            statement.setString(2, subject);
        }, rs -> rs.getString(1));
    }
}
