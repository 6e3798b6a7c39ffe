package de.lotse.planning.contacts.infrastructure;

import de.lotse.planning.contacts.domain.Contact;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Contacts of the cases. */
@Singleton
public class ContactStore {
    private static final String COLUMNS = """
            id, case_id, jobcenter_id, format, occurred_on, qualified_note, next_appointment_on, counts_for_density,
            recorded_by, recorded_at, policy_version, after_care""";

    private final JdbcOperations jdbc;

    ContactStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Contact c) {
        Sql.update(jdbc, "insert into contact (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setObject(1, c.id());
            statement.setObject(2, c.caseId());
            statement.setString(3, c.jobcenterId());
            statement.setString(4, c.format().name());
            statement.setObject(5, c.occurredOn());
            statement.setBoolean(6, c.qualifiedNote());
            statement.setObject(7, c.nextAppointmentOn());
            statement.setBoolean(8, c.countsForDensity());
            statement.setString(9, c.recordedBy());
            statement.setTimestamp(10, Timestamp.from(c.recordedAt()));
            statement.setInt(11, c.policyVersion());
            statement.setBoolean(12, c.afterCare());
        });
    }

    public List<Contact> of(UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from contact where case_id = ? order by occurred_on, recorded_at",
                statement -> statement.setObject(1, caseId), ContactStore::map);
    }

    /** Counted contact days of each of the cases. */
    public Map<UUID, List<LocalDate>> countedDays(List<UUID> caseIds) {
        Map<UUID, List<LocalDate>> days = new HashMap<>();
        if (caseIds.isEmpty()) {
            return days;
        }
        Sql.query(jdbc, "select case_id, occurred_on from contact where case_id = any(?) and counts_for_density",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("uuid", caseIds.toArray())),
                rs -> {
                    days.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, LocalDate.class));
                    return null;
                });
        return days;
    }

    /** The latest contact of the format per case (e.g. the last case conference). */
    public Map<UUID, LocalDate> latestOfFormat(List<UUID> caseIds, ContactFormat format) {
        Map<UUID, LocalDate> latest = new HashMap<>();
        if (caseIds.isEmpty()) {
            return latest;
        }
        Sql.query(jdbc, "select case_id, max(occurred_on) from contact where case_id = any(?) and format = ? "
                + "group by case_id", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", caseIds.toArray()));
            statement.setString(2, format.name());
        }, rs -> latest.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)));
        return latest;
    }

    private static Contact map(ResultSet rs) throws SQLException {
        return new Contact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                ContactFormat.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getBoolean(6),
                rs.getObject(7, LocalDate.class), rs.getBoolean(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                rs.getInt(11), rs.getBoolean(12));
    }
}
