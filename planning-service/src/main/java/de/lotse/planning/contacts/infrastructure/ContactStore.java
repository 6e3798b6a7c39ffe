package de.lotse.planning.contacts.infrastructure;

import de.lotse.planning.contacts.domain.Contact;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    private final Statements sql;

    ContactStore(Statements sql) {
        this.sql = sql;
    }

    public void insert(Contact c) {
        sql.update(
                "insert into contact (" + COLUMNS + ") values (:id, :caseId, :jobcenterId, :format, :occurredOn, "
                        + ":qualifiedNote, :nextAppointmentOn, :countsForDensity, :recordedBy, :recordedAt, "
                        + ":policyVersion, :afterCare)",
                Params.of("id", c.id())
                        .and("caseId", c.caseId())
                        .and("jobcenterId", c.jobcenterId())
                        .and("format", c.format())
                        .and("occurredOn", c.occurredOn())
                        .and("qualifiedNote", c.qualifiedNote())
                        .and("nextAppointmentOn", c.nextAppointmentOn())
                        .and("countsForDensity", c.countsForDensity())
                        .and("recordedBy", c.recordedBy())
                        .and("recordedAt", c.recordedAt())
                        .and("policyVersion", c.policyVersion())
                        .and("afterCare", c.afterCare()));
    }

    /** One contact by its id (an imported contact's id is derived from its source, docs/import.md). */
    public java.util.Optional<Contact> find(UUID id) {
        return sql
                .query("select " + COLUMNS + " from contact where id = :id", Params.of("id", id), ContactStore::map)
                .stream()
                .findFirst();
    }

    public List<Contact> of(UUID caseId) {
        return sql.query(
                "select " + COLUMNS + " from contact where case_id = :caseId " + "order by occurred_on, recorded_at",
                Params.of("caseId", caseId),
                ContactStore::map);
    }

    /** Counted contact days of each of the cases. */
    public Map<UUID, List<LocalDate>> countedDays(List<UUID> caseIds) {
        Map<UUID, List<LocalDate>> days = new HashMap<>();
        if (caseIds.isEmpty()) {
            return days;
        }
        sql.query(
                "select case_id, occurred_on from contact where case_id = any(:caseIds) and counts_for_density",
                Params.of("caseIds", caseIds.toArray(UUID[]::new)),
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
        sql.query(
                "select case_id, max(occurred_on) from contact where case_id = any(:caseIds) and format = :format "
                        + "group by case_id",
                Params.of("caseIds", caseIds.toArray(UUID[]::new)).and("format", format),
                rs -> latest.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)));
        return latest;
    }

    private static Contact map(ResultSet rs) throws SQLException {
        return new Contact(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                ContactFormat.valueOf(rs.getString(4)),
                rs.getObject(5, LocalDate.class),
                rs.getBoolean(6),
                rs.getObject(7, LocalDate.class),
                rs.getBoolean(8),
                rs.getString(9),
                rs.getTimestamp(10).toInstant(),
                rs.getInt(11),
                rs.getBoolean(12));
    }
}
