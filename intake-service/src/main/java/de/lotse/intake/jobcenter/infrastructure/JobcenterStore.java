package de.lotse.intake.jobcenter.infrastructure;

import de.lotse.intake.jobcenter.domain.Bundesland;
import de.lotse.intake.jobcenter.domain.JobcenterRecord;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

/** The Jobcenter records, one row per Jobcenter. */
@Singleton
public class JobcenterStore {
    private static final String COLUMNS = "jobcenter_id, name, street, postal_code, city, phone, email, contact_hours, "
            + "state_code, region_code, version, changed_by, changed_at";

    private final JdbcOperations jdbc;

    JobcenterStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<JobcenterRecord> find(String jobcenterId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from jobcenter_record where jobcenter_id = ?",
                statement -> statement.setString(1, jobcenterId), JobcenterStore::map).stream().findFirst();
    }

    /** The first record of a Jobcenter (version 1); false if another request stored one first. */
    public boolean insert(JobcenterRecord record) {
        return Sql.update(jdbc, "insert into jobcenter_record (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (jobcenter_id) do nothing", statement -> {
            statement.setString(1, record.jobcenterId());
            bindContent(statement, 2, record);
        }) == 1;
    }

    /** The next version, if the stored one is still {@code record.version() - 1}; false otherwise. */
    public boolean update(JobcenterRecord record) {
        return Sql.update(jdbc, """
                update jobcenter_record set name = ?, street = ?, postal_code = ?, city = ?, phone = ?, email = ?,
                    contact_hours = ?, state_code = ?, region_code = ?, version = ?, changed_by = ?, changed_at = ?
                where jobcenter_id = ? and version = ?""", statement -> {
            int next = bindContent(statement, 1, record);
            statement.setString(next, record.jobcenterId());
            statement.setLong(next + 1, record.version() - 1);
        }) == 1;
    }

    private static int bindContent(PreparedStatement statement, int first, JobcenterRecord r) throws SQLException {
        int i = first;
        statement.setString(i++, r.name());
        statement.setString(i++, r.street());
        statement.setString(i++, r.postalCode());
        statement.setString(i++, r.city());
        statement.setString(i++, r.phone());
        statement.setString(i++, r.email());
        statement.setString(i++, r.contactHours());
        statement.setString(i++, r.state().name());
        statement.setString(i++, r.regionCode());
        statement.setLong(i++, r.version());
        statement.setString(i++, r.changedBy());
        statement.setTimestamp(i++, Timestamp.from(r.changedAt()));
        return i;
    }

    private static JobcenterRecord map(ResultSet rs) throws SQLException {
        return new JobcenterRecord(rs.getString("jobcenter_id"), rs.getString("name"), rs.getString("street"),
                rs.getString("postal_code"), rs.getString("city"), rs.getString("phone"), rs.getString("email"),
                rs.getString("contact_hours"), Bundesland.valueOf(rs.getString("state_code")),
                rs.getString("region_code"), rs.getLong("version"), rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
