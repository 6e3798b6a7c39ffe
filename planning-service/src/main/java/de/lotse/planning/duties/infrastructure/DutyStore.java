package de.lotse.planning.duties.infrastructure;

import de.lotse.planning.duties.domain.Duty;
import de.lotse.planning.duties.domain.DutyDemand;
import de.lotse.planning.duties.domain.Offer;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    private final Statements sql;

    DutyStore(Statements sql) {
        this.sql = sql;
    }

    public void insert(DutyDemand d) {
        sql.update(
                "insert into duty_demand (" + DEMAND_COLUMNS + ") values (:id, :caseId, :jobcenterId, :duty, "
                        + ":details, :demandedOn, :dueBy, :withLegalConsequenceNotice, :recordedBy, :recordedAt)",
                Params.of("id", d.id())
                        .and("caseId", d.caseId())
                        .and("jobcenterId", d.jobcenterId())
                        .and("duty", d.duty())
                        .and("details", d.details())
                        .and("demandedOn", d.demandedOn())
                        .and("dueBy", d.dueBy())
                        .and("withLegalConsequenceNotice", d.withLegalConsequenceNotice())
                        .and("recordedBy", d.recordedBy())
                        .and("recordedAt", d.recordedAt()));
    }

    public List<DutyDemand> demandsOf(UUID caseId) {
        return sql.query(
                "select " + DEMAND_COLUMNS + " from duty_demand where case_id = :caseId "
                        + "order by demanded_on, recorded_at",
                Params.of("caseId", caseId),
                DutyStore::demand);
    }

    public Optional<DutyDemand> demand(UUID caseId, UUID id) {
        return sql
                .query(
                        "select " + DEMAND_COLUMNS + " from duty_demand where case_id = :caseId and id = :id",
                        Params.of("caseId", caseId).and("id", id),
                        DutyStore::demand)
                .stream()
                .findFirst();
    }

    public void insert(Offer o) {
        sql.update(
                "insert into job_offer (" + OFFER_COLUMNS + ") values (:id, :caseId, :jobcenterId, :kind, "
                        + ":description, :offeredOn, :withLegalConsequenceNotice, :response, :respondedOn, "
                        + ":recordedBy, :recordedAt, 0)",
                Params.of("id", o.id())
                        .and("caseId", o.caseId())
                        .and("jobcenterId", o.jobcenterId())
                        .and("kind", o.kind())
                        .and("description", o.description())
                        .and("offeredOn", o.offeredOn())
                        .and("withLegalConsequenceNotice", o.withLegalConsequenceNotice())
                        .and("response", o.response())
                        .and("respondedOn", o.respondedOn())
                        .and("recordedBy", o.recordedBy())
                        .and("recordedAt", o.recordedAt()));
    }

    public void updateResponse(Offer o) {
        int updated = sql.update(
                "update job_offer set response = :response, responded_on = :respondedOn, "
                        + "version = version + 1 where id = :id and version = :version",
                Params.of("response", o.response())
                        .and("respondedOn", o.respondedOn())
                        .and("id", o.id())
                        .and("version", o.version()));
        if (updated != 1) {
            throw new OptimisticLockException("offer " + o.id() + " changed concurrently");
        }
    }

    public List<Offer> offersOf(UUID caseId) {
        return sql.query(
                "select " + OFFER_COLUMNS + " from job_offer where case_id = :caseId "
                        + "order by offered_on, recorded_at",
                Params.of("caseId", caseId),
                DutyStore::offer);
    }

    public Optional<Offer> offer(UUID caseId, UUID id) {
        return sql
                .query(
                        "select " + OFFER_COLUMNS + " from job_offer where case_id = :caseId and id = :id",
                        Params.of("caseId", caseId).and("id", id),
                        DutyStore::offer)
                .stream()
                .findFirst();
    }

    private static DutyDemand demand(ResultSet rs) throws SQLException {
        return new DutyDemand(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                Duty.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class),
                rs.getBoolean(8),
                rs.getString(9),
                rs.getTimestamp(10).toInstant());
    }

    private static Offer offer(ResultSet rs) throws SQLException {
        String response = rs.getString(8);
        return new Offer(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                Offer.Kind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getBoolean(7),
                response == null ? null : Offer.Response.valueOf(response),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                rs.getTimestamp(11).toInstant(),
                rs.getLong(12));
    }
}
