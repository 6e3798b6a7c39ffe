package de.lotse.intake.jobcenter.infrastructure;

import de.lotse.intake.jobcenter.domain.Bundesland;
import de.lotse.intake.jobcenter.domain.JobcenterRecord;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The Jobcenter records, one row per Jobcenter. */
@Singleton
public class JobcenterStore {
    private static final String COLUMNS = "jobcenter_id, name, street, postal_code, city, phone, email, contact_hours, "
            + "state_code, region_code, version, changed_by, changed_at";

    private final Statements sql;

    JobcenterStore(Statements sql) {
        this.sql = sql;
    }

    public Optional<JobcenterRecord> find(String jobcenterId) {
        return sql
                .query(
                        "select " + COLUMNS + " from jobcenter_record where jobcenter_id = :jobcenterId",
                        Params.of("jobcenterId", jobcenterId),
                        JobcenterStore::map)
                .stream()
                .findFirst();
    }

    /** The first record of a Jobcenter (version 1); false if another request stored one first. */
    public boolean insert(JobcenterRecord record) {
        return sql.update(
                        "insert into jobcenter_record (" + COLUMNS + ") values (:jobcenterId, :name, :street, "
                                + ":postalCode, :city, :phone, :email, :contactHours, :stateCode, :regionCode, :version, :changedBy, "
                                + ":changedAt) on conflict (jobcenter_id) do nothing",
                        content(record))
                == 1;
    }

    /** The next version, if the stored one is still {@code record.version() - 1}; false otherwise. */
    public boolean update(JobcenterRecord record) {
        return sql.update("""
                update jobcenter_record set name = :name, street = :street, postal_code = :postalCode, city = :city,
                    phone = :phone, email = :email, contact_hours = :contactHours, state_code = :stateCode,
                    region_code = :regionCode, version = :version, changed_by = :changedBy, changed_at = :changedAt
                where jobcenter_id = :jobcenterId and version = :previousVersion""", content(record).and("previousVersion", record.version() - 1)) == 1;
    }

    private static Params content(JobcenterRecord r) {
        return Params.of("jobcenterId", r.jobcenterId())
                .and("name", r.name())
                .and("street", r.street())
                .and("postalCode", r.postalCode())
                .and("city", r.city())
                .and("phone", r.phone())
                .and("email", r.email())
                .and("contactHours", r.contactHours())
                .and("stateCode", r.state())
                .and("regionCode", r.regionCode())
                .and("version", r.version())
                .and("changedBy", r.changedBy())
                .and("changedAt", r.changedAt());
    }

    private static JobcenterRecord map(ResultSet rs) throws SQLException {
        return new JobcenterRecord(
                rs.getString("jobcenter_id"),
                rs.getString("name"),
                rs.getString("street"),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("contact_hours"),
                Bundesland.valueOf(rs.getString("state_code")),
                rs.getString("region_code"),
                rs.getLong("version"),
                rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
