package de.lotse.planning.duties.infrastructure;

import de.lotse.planning.duties.domain.Duty;
import de.lotse.planning.duties.domain.DutyDemand;
import de.lotse.planning.duties.domain.Offer;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Written duty demands and offers of the cases. */
@Singleton
public class DutyStore {
    private static final String DEMAND_COLUMNS = """
            id, case_id, jobcenter_id, duty, details, demanded_on, due_by, with_legal_consequence_notice, recorded_by,
            recorded_at""";
    private static final String OFFER_COLUMNS = """
            id, case_id, jobcenter_id, kind, description, offered_on, with_legal_consequence_notice, response,
            responded_on, recorded_by, recorded_at, version""";

    private final JdbcOperations jdbc;

    DutyStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DutyDemand d) {
        Sql.update(jdbc, "insert into duty_demand (" + DEMAND_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, d.id());
                    statement.setObject(2, d.caseId());
                    statement.setString(3, d.jobcenterId());
                    statement.setString(4, d.duty().name());
                    statement.setString(5, d.details());
                    statement.setObject(6, d.demandedOn());
                    statement.setObject(7, d.dueBy());
                    statement.setBoolean(8, d.withLegalConsequenceNotice());
                    statement.setString(9, d.recordedBy());
                    statement.setTimestamp(10, Timestamp.from(d.recordedAt()));
                });
    }

    public List<DutyDemand> demandsOf(UUID caseId) {
        return Sql.query(jdbc, "select " + DEMAND_COLUMNS + " from duty_demand where case_id = ? order by demanded_on, recorded_at",
                statement -> statement.setObject(1, caseId), DutyStore::demand);
    }

    public Optional<DutyDemand> demand(UUID caseId, UUID id) {
        return Sql.query(jdbc, "select " + DEMAND_COLUMNS + " from duty_demand where case_id = ? and id = ?",
                statement -> {
                    statement.setObject(1, caseId);
                    statement.setObject(2, id);
                }, DutyStore::demand).stream().findFirst();
    }

    public void insert(Offer o) {
        Sql.update(jdbc, "insert into job_offer (" + OFFER_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                statement -> {
                    statement.setObject(1, o.id());
                    statement.setObject(2, o.caseId());
                    statement.setString(3, o.jobcenterId());
                    statement.setString(4, o.kind().name());
                    statement.setString(5, o.description());
                    statement.setObject(6, o.offeredOn());
                    statement.setBoolean(7, o.withLegalConsequenceNotice());
                    statement.setString(8, o.response() == null ? null : o.response().name());
                    statement.setObject(9, o.respondedOn());
                    statement.setString(10, o.recordedBy());
                    statement.setTimestamp(11, Timestamp.from(o.recordedAt()));
                });
    }

    public void updateResponse(Offer o) {
        int updated = Sql.update(jdbc, "update job_offer set response = ?, responded_on = ?, version = version + 1 "
                + "where id = ? and version = ?", statement -> {
            statement.setString(1, o.response().name());
            statement.setObject(2, o.respondedOn());
            statement.setObject(3, o.id());
            statement.setLong(4, o.version());
        });
        if (updated != 1) {
            throw new OptimisticLockException("offer " + o.id() + " changed concurrently");
        }
    }

    public List<Offer> offersOf(UUID caseId) {
        return Sql.query(jdbc, "select " + OFFER_COLUMNS + " from job_offer where case_id = ? order by offered_on, recorded_at",
                statement -> statement.setObject(1, caseId), DutyStore::offer);
    }

    public Optional<Offer> offer(UUID caseId, UUID id) {
        return Sql.query(jdbc, "select " + OFFER_COLUMNS + " from job_offer where case_id = ? and id = ?",
                statement -> {
                    statement.setObject(1, caseId);
                    statement.setObject(2, id);
                }, DutyStore::offer).stream().findFirst();
    }

    private static DutyDemand demand(ResultSet rs) throws SQLException {
        return new DutyDemand(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                Duty.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class), rs.getBoolean(8), rs.getString(9), rs.getTimestamp(10).toInstant());
    }

    private static Offer offer(ResultSet rs) throws SQLException {
        String response = rs.getString(8);
        return new Offer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                Offer.Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBoolean(7),
                response == null ? null : Offer.Response.valueOf(response), rs.getObject(9, LocalDate.class),
                rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getLong(12));
    }
}
