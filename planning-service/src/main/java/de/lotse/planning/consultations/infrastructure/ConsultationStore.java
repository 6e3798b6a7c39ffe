package de.lotse.planning.consultations.infrastructure;

import de.lotse.planning.consultations.domain.Consultation;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private final Statements sql;

    ConsultationStore(Statements sql) {
        this.sql = sql;
    }

    public void insert(Consultation c) {
        sql.update(
                "insert into consultation (" + COLUMNS.replace("c.", "") + ") values (:id, :caseId, :jobcenterId, "
                        + ":teamId, :heldOn, :presentedBy, :participants, :question, :outcome, :pseudonym, :recordedAt)",
                Params.of("id", c.id())
                        .and("caseId", c.caseId())
                        .and("jobcenterId", c.jobcenterId())
                        .and("teamId", c.teamId())
                        .and("heldOn", c.heldOn())
                        .and("presentedBy", c.presentedBy())
                        .and("participants", c.participants().toArray(String[]::new))
                        .and("question", c.question())
                        .and("outcome", c.outcome())
                        .and("pseudonym", c.pseudonym())
                        .and("recordedAt", c.recordedAt()));
    }

    public List<Consultation> of(UUID caseId) {
        return sql.query(
                "select " + COLUMNS + " from consultation c where c.case_id = :caseId "
                        + "order by c.held_on desc, c.recorded_at desc",
                Params.of("caseId", caseId),
                ConsultationStore::consultation);
    }

    /**
     * The consultations the subject took part in, and — for a team lead ({@code teamId} given) — every
     * consultation of a case that is now the team's; newest first, at most {@code limit}.
     */
    public List<Consultation> involving(String jobcenterId, String subject, String teamId, int limit) {
        // no team: the sub-select finds nothing (team_id is never null)
        return sql.query(
                "select " + COLUMNS + " from consultation c where c.jobcenter_id = :jobcenterId and ("
                        + "c.presented_by = :subject or c.participants @> array[:subject]::varchar[] "
                        + "or c.case_id in (select r.case_id from case_reference r where r.jobcenter_id = :jobcenterId "
                        + "and r.team_id = :teamId)) order by c.held_on desc, c.recorded_at desc limit :limit",
                Params.of("jobcenterId", jobcenterId)
                        .and("subject", subject)
                        .and("teamId", teamId)
                        .and("limit", limit),
                ConsultationStore::consultation);
    }

    private static Consultation consultation(ResultSet rs) throws SQLException {
        Array participants = rs.getArray(7);
        return new Consultation(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getString(6),
                Arrays.stream((Object[]) participants.getArray())
                        .map(String::valueOf)
                        .toList(),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getTimestamp(11).toInstant());
    }
}
