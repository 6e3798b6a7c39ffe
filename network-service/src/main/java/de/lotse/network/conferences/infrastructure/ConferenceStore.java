package de.lotse.network.conferences.infrastructure;

import de.lotse.network.conferences.domain.CaseConference;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class ConferenceStore {
    private static final String COLUMNS =
            "id, case_id, jobcenter_id, scheduled_on, staff, partner_ids, customer_invited, "
                    + "held_on, attended_partner_ids, decisions, scheduled_by, scheduled_at";

    private final Statements sql;

    ConferenceStore(Statements sql) {
        this.sql = sql;
    }

    public void insert(CaseConference c) {
        sql.update(
                "insert into case_conference (" + COLUMNS + ") values (:id, :caseId, :jobcenterId, :scheduledOn, "
                        + ":staff, :partnerIds, :customerInvited, null, null, null, :scheduledBy, :scheduledAt)",
                Params.of("id", c.id())
                        .and("caseId", c.caseId())
                        .and("jobcenterId", c.jobcenterId())
                        .and("scheduledOn", c.scheduledOn())
                        .and("staff", c.staff().toArray(String[]::new))
                        .and("partnerIds", c.partnerIds().toArray(UUID[]::new))
                        .and("customerInvited", c.customerInvited())
                        .and("scheduledBy", c.scheduledBy())
                        .and("scheduledAt", c.scheduledAt()));
    }

    /** Records the outcome once; false if another one was recorded meanwhile. */
    public boolean held(CaseConference c) {
        return sql.update(
                        "update case_conference set held_on = :heldOn, attended_partner_ids = :attendedPartnerIds, "
                                + "decisions = :decisions where id = :id and held_on is null",
                        Params.of("heldOn", c.heldOn())
                                .and(
                                        "attendedPartnerIds",
                                        c.attendedPartnerIds().toArray(UUID[]::new))
                                .and("decisions", c.decisions().toArray(String[]::new))
                                .and("id", c.id()))
                == 1;
    }

    public Optional<CaseConference> find(UUID caseId, UUID id) {
        return sql
                .query(
                        "select " + COLUMNS + " from case_conference where id = :id and case_id = :caseId",
                        Params.of("id", id).and("caseId", caseId),
                        ConferenceStore::map)
                .stream()
                .findFirst();
    }

    public List<CaseConference> of(UUID caseId) {
        return sql.query(
                "select " + COLUMNS + " from case_conference where case_id = :caseId order by scheduled_on",
                Params.of("caseId", caseId),
                ConferenceStore::map);
    }

    private static CaseConference map(ResultSet rs) throws SQLException {
        return new CaseConference(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, LocalDate.class),
                strings(rs.getArray(5)),
                uuids(rs.getArray(6)),
                rs.getBoolean(7),
                rs.getObject(8, LocalDate.class),
                uuids(rs.getArray(9)),
                strings(rs.getArray(10)),
                rs.getString(11),
                rs.getTimestamp(12).toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
