package de.lotse.network.partners.infrastructure;

import de.lotse.network.partners.domain.Partner;
import de.lotse.network.partners.domain.PartnerType;
import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The Jobcenter's partner registry. */
@Singleton
@SerdeImport(Partner.ContactPerson.class)
public class PartnerStore {
    private static final String COLUMNS = "id, jobcenter_id, name, type, services, locations, capacity_note, "
            + "contact_persons::text, active, updated_at, version";
    private static final Argument<List<Partner.ContactPerson>> PERSONS = Argument.listOf(Partner.ContactPerson.class);

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    PartnerStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Partner p) {
        Sql.update(jdbc, "insert into partner (" + COLUMNS.replace("contact_persons::text", "contact_persons")
                + ") values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 0)", statement -> bind(statement, p));
    }

    public void update(Partner p) {
        int updated = Sql.update(jdbc, """
                update partner set name = ?, services = ?, locations = ?, capacity_note = ?, contact_persons = ?::jsonb,
                    active = ?, updated_at = ?, version = version + 1
                where id = ? and jobcenter_id = ? and version = ?""", statement -> {
            statement.setString(1, p.name());
            statement.setArray(2, statement.getConnection().createArrayOf("text", p.services().stream().map(Enum::name).sorted().toArray()));
            statement.setArray(3, statement.getConnection().createArrayOf("text", p.locations().toArray()));
            statement.setString(4, p.capacityNote());
            statement.setString(5, write(p.contactPersons()));
            statement.setBoolean(6, p.active());
            statement.setTimestamp(7, Timestamp.from(p.updatedAt()));
            statement.setObject(8, p.id());
            statement.setString(9, p.jobcenterId());
            statement.setLong(10, p.version());
        });
        if (updated != 1) {
            throw new OptimisticLockException("partner " + p.id() + " changed concurrently");
        }
    }

    public Optional<Partner> find(String jobcenterId, UUID id) {
        return Sql.query(jdbc, "select " + COLUMNS + " from partner where id = ? and jobcenter_id = ?", statement -> {
            statement.setObject(1, id);
            statement.setString(2, jobcenterId);
        }, this::map).stream().findFirst();
    }

    /**
     * The partner a PARTNER token names, whatever its Jobcenter: only for the partner API, which checks the
     * token's Jobcenter itself. Staff look-ups go through {@link #find(String, UUID)}, so another Jobcenter's
     * partner answers as an unknown one.
     */
    public Optional<Partner> find(UUID id) {
        return Sql.query(jdbc, "select " + COLUMNS + " from partner where id = ?", statement -> statement.setObject(1, id),
                this::map).stream().findFirst();
    }

    /** The Jobcenter's partners, optionally offering a service, by name. */
    public List<Partner> list(String jobcenterId, ServiceCode service, int limit, long offset) {
        return Sql.query(jdbc, "select " + COLUMNS + " from partner where jobcenter_id = ? and (?::text is null or "
                + "services @> array[?::text]) order by name, id limit ? offset ?", statement -> {
            statement.setString(1, jobcenterId);
            statement.setString(2, service == null ? null : service.name());
            statement.setString(3, service == null ? null : service.name());
            statement.setInt(4, limit);
            statement.setLong(5, offset);
        }, this::map);
    }

    public long count(String jobcenterId, ServiceCode service) {
        return Sql.query(jdbc, "select count(*) from partner where jobcenter_id = ? and (?::text is null or "
                + "services @> array[?::text])", statement -> {
            statement.setString(1, jobcenterId);
            statement.setString(2, service == null ? null : service.name());
            statement.setString(3, service == null ? null : service.name());
        }, rs -> rs.getLong(1)).get(0);
    }

    private void bind(PreparedStatement statement, Partner p) throws SQLException {
        statement.setObject(1, p.id());
        statement.setString(2, p.jobcenterId());
        statement.setString(3, p.name());
        statement.setString(4, p.type().name());
        statement.setArray(5, statement.getConnection().createArrayOf("text", p.services().stream().map(Enum::name).sorted().toArray()));
        statement.setArray(6, statement.getConnection().createArrayOf("text", p.locations().toArray()));
        statement.setString(7, p.capacityNote());
        statement.setString(8, write(p.contactPersons()));
        statement.setBoolean(9, p.active());
        statement.setTimestamp(10, Timestamp.from(p.updatedAt()));
    }

    private Partner map(ResultSet rs) throws SQLException {
        Set<ServiceCode> services = EnumSet.noneOf(ServiceCode.class);
        for (String code : (String[]) rs.getArray(5).getArray()) {
            services.add(ServiceCode.valueOf(code));
        }
        return new Partner(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                PartnerType.valueOf(rs.getString(4)), services, Arrays.asList((String[]) rs.getArray(6).getArray()),
                rs.getString(7), read(rs.getString(8)), rs.getBoolean(9), rs.getTimestamp(10).toInstant(), rs.getLong(11));
    }

    private String write(List<Partner.ContactPerson> persons) {
        try {
            return json.writeValueAsString(persons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Partner.ContactPerson> read(String text) {
        try {
            return json.readValue(text, PERSONS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
