package de.lotse.planning.consultations.infrastructure;

import de.lotse.planning.consultations.domain.Consultation;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Collegial case consultations. */
@Singleton
public class ConsultationStore {
    private static final String COLUMNS = """
            c.id, c.case_id, c.jobcenter_id, c.team_id, c.held_on, c.presented_by, c.participants, c.question,
            c.outcome, c.pseudonym, c.recorded_at""";

    private final JdbcOperations jdbc;

    ConsultationStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Consultation c) {
        Sql.update(jdbc, "insert into consultation (" + COLUMNS.replace("c.", "")
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setObject(1, c.id());
            statement.setObject(2, c.caseId());
            statement.setString(3, c.jobcenterId());
            statement.setString(4, c.teamId());
            statement.setObject(5, c.heldOn());
            statement.setString(6, c.presentedBy());
            statement.setArray(7, statement.getConnection().createArrayOf("varchar", c.participants().toArray()));
            statement.setString(8, c.question());
            statement.setString(9, c.outcome());
            statement.setString(10, c.pseudonym());
            statement.setTimestamp(11, Timestamp.from(c.recordedAt()));
        });
    }

    public List<Consultation> of(UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from consultation c where c.case_id = ? "
                        + "order by c.held_on desc, c.recorded_at desc",
                statement -> statement.setObject(1, caseId), ConsultationStore::consultation);
    }

    /**
     * The consultations the subject took part in, and — for a team lead ({@code teamId} given) — every
     * consultation of a case that is now the team's; newest first, at most {@code limit}.
     */
    public List<Consultation> involving(String jobcenterId, String subject, String teamId, int limit) {
        return Sql.query(jdbc, "select " + COLUMNS + " from consultation c where c.jobcenter_id = ? and ("
                        + "c.presented_by = ? or c.participants @> array[?]::varchar[] "
                        + "or c.case_id in (select r.case_id from case_reference r where r.jobcenter_id = ? "
                        + "and r.team_id = ?)) order by c.held_on desc, c.recorded_at desc limit ?",
                statement -> {
                    statement.setString(1, jobcenterId);
                    statement.setString(2, subject);
                    statement.setString(3, subject);
                    statement.setString(4, jobcenterId);
                    // no team: the sub-select finds nothing (team_id is never null)
                    statement.setString(5, teamId);
                    statement.setInt(6, limit);
                }, ConsultationStore::consultation);
    }

    private static Consultation consultation(ResultSet rs) throws SQLException {
        Array participants = rs.getArray(7);
        return new Consultation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                Arrays.stream((Object[]) participants.getArray()).map(String::valueOf).toList(), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant());
    }
}
