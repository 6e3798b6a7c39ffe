package de.lotse.network.conferences.infrastructure;

import de.lotse.network.conferences.domain.CaseConference;
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
import java.util.Optional;
import java.util.UUID;

@Singleton
public class ConferenceStore {
    private static final String COLUMNS = "id, case_id, jobcenter_id, scheduled_on, staff, partner_ids, customer_invited, "
            + "held_on, attended_partner_ids, decisions, scheduled_by, scheduled_at";

    private final JdbcOperations jdbc;

    ConferenceStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CaseConference c) {
        Sql.update(jdbc, "insert into case_conference (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, null, null, null, ?, ?)",
                statement -> {
                    statement.setObject(1, c.id());
                    statement.setObject(2, c.caseId());
                    statement.setString(3, c.jobcenterId());
                    statement.setObject(4, c.scheduledOn());
                    statement.setArray(5, statement.getConnection().createArrayOf("text", c.staff().toArray()));
                    statement.setArray(6, statement.getConnection().createArrayOf("uuid", c.partnerIds().toArray()));
                    statement.setBoolean(7, c.customerInvited());
                    statement.setString(8, c.scheduledBy());
                    statement.setTimestamp(9, Timestamp.from(c.scheduledAt()));
                });
    }

    /** Records the outcome once; false if another one was recorded meanwhile. */
    public boolean held(CaseConference c) {
        return Sql.update(jdbc, "update case_conference set held_on = ?, attended_partner_ids = ?, decisions = ? "
                + "where id = ? and held_on is null", statement -> {
            statement.setObject(1, c.heldOn());
            statement.setArray(2, statement.getConnection().createArrayOf("uuid", c.attendedPartnerIds().toArray()));
            statement.setArray(3, statement.getConnection().createArrayOf("text", c.decisions().toArray()));
            statement.setObject(4, c.id());
        }) == 1;
    }

    public Optional<CaseConference> find(UUID caseId, UUID id) {
        return Sql.query(jdbc, "select " + COLUMNS + " from case_conference where id = ? and case_id = ?", statement -> {
            statement.setObject(1, id);
            statement.setObject(2, caseId);
        }, ConferenceStore::map).stream().findFirst();
    }

    public List<CaseConference> of(UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from case_conference where case_id = ? order by scheduled_on",
                statement -> statement.setObject(1, caseId), ConferenceStore::map);
    }

    private static CaseConference map(ResultSet rs) throws SQLException {
        return new CaseConference(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, LocalDate.class), strings(rs.getArray(5)), uuids(rs.getArray(6)), rs.getBoolean(7),
                rs.getObject(8, LocalDate.class), uuids(rs.getArray(9)), strings(rs.getArray(10)), rs.getString(11),
                rs.getTimestamp(12).toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
