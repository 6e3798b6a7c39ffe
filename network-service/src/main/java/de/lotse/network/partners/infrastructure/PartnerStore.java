package de.lotse.network.partners.infrastructure;

import de.lotse.network.partners.domain.Partner;
import de.lotse.network.partners.domain.PartnerType;
import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    /** The partner offers {@code :service}, or no service is asked for. */
    private static final String OFFERING = "(:service::text is null or services @> array[:service::text])";

    private static final Argument<List<Partner.ContactPerson>> PERSONS = Argument.listOf(Partner.ContactPerson.class);

    private final Statements sql;
    private final JsonMapper json;

    PartnerStore(Statements sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    public void insert(Partner p) {
        sql.update(
                "insert into partner (" + COLUMNS.replace("contact_persons::text", "contact_persons")
                        + ") values (:id, :jobcenterId, :name, :type, :services, :locations, :capacityNote, "
                        + ":contactPersons::jsonb, :active, :updatedAt, 0)",
                Params.of("id", p.id())
                        .and("jobcenterId", p.jobcenterId())
                        .and("name", p.name())
                        .and("type", p.type().name())
                        .and("services", services(p))
                        .and("locations", locations(p))
                        .and("capacityNote", p.capacityNote())
                        .and("contactPersons", write(p.contactPersons()))
                        .and("active", p.active())
                        .and("updatedAt", p.updatedAt()));
    }

    public void update(Partner p) {
        int updated = sql.update(
                """
                update partner set name = :name, services = :services, locations = :locations,
                    capacity_note = :capacityNote, contact_persons = :contactPersons::jsonb, active = :active,
                    updated_at = :updatedAt, version = version + 1
                where id = :id and jobcenter_id = :jobcenterId and version = :version""",
                Params.of("name", p.name())
                        .and("services", services(p))
                        .and("locations", locations(p))
                        .and("capacityNote", p.capacityNote())
                        .and("contactPersons", write(p.contactPersons()))
                        .and("active", p.active())
                        .and("updatedAt", p.updatedAt())
                        .and("id", p.id())
                        .and("jobcenterId", p.jobcenterId())
                        .and("version", p.version()));
        if (updated != 1) {
            throw new OptimisticLockException("partner " + p.id() + " changed concurrently");
        }
    }

    public Optional<Partner> find(String jobcenterId, UUID id) {
        return sql
                .query(
                        "select " + COLUMNS + " from partner where id = :id and jobcenter_id = :jobcenterId",
                        Params.of("id", id).and("jobcenterId", jobcenterId),
                        this::map)
                .stream()
                .findFirst();
    }

    /**
     * The partner a PARTNER token names, whatever its Jobcenter: only for the partner API, which checks the
     * token's Jobcenter itself. Staff look-ups go through {@link #find(String, UUID)}, so another Jobcenter's
     * partner answers as an unknown one.
     */
    public Optional<Partner> find(UUID id) {
        return sql.query("select " + COLUMNS + " from partner where id = :id", Params.of("id", id), this::map).stream()
                .findFirst();
    }

    /** The Jobcenter's partners, optionally offering a service, by name. */
    public List<Partner> list(String jobcenterId, ServiceCode service, int limit, long offset) {
        return sql.query(
                "select " + COLUMNS + " from partner where jobcenter_id = :jobcenterId and " + OFFERING
                        + " order by name, id limit :limit offset :offset",
                listed(jobcenterId, service).and("limit", limit).and("offset", offset),
                this::map);
    }

    public long count(String jobcenterId, ServiceCode service) {
        return sql.count(
                "select count(*) from partner where jobcenter_id = :jobcenterId and " + OFFERING,
                listed(jobcenterId, service));
    }

    /** The parameters of {@link #OFFERING}: no service given lists every partner. */
    private static Params listed(String jobcenterId, ServiceCode service) {
        return Params.of("jobcenterId", jobcenterId).and("service", service == null ? null : service.name());
    }

    private static String[] services(Partner p) {
        return p.services().stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static String[] locations(Partner p) {
        return p.locations().toArray(String[]::new);
    }

    private Partner map(ResultSet rs) throws SQLException {
        Set<ServiceCode> services = EnumSet.noneOf(ServiceCode.class);
        for (String code : (String[]) rs.getArray(5).getArray()) {
            services.add(ServiceCode.valueOf(code));
        }
        return new Partner(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                PartnerType.valueOf(rs.getString(4)),
                services,
                Arrays.asList((String[]) rs.getArray(6).getArray()),
                rs.getString(7),
                read(rs.getString(8)),
                rs.getBoolean(9),
                rs.getTimestamp(10).toInstant(),
                rs.getLong(11));
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
