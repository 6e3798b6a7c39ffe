package de.lotse.network.referrals.infrastructure;

import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.network.referrals.domain.Referral;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Referrals; a partner's list is keyed by partner, a case's by case. */
@Singleton
@SerdeImport(Referral.CustomerContact.class)
public class ReferralStore {
    private static final String COLUMNS = "id, case_id, jobcenter_id, partner_id, service, status, reference_code, "
            + "customer::text, due_on, reason_code, started_on, ended_on, next_step_code, attended, sent_by, sent_at, "
            + "updated_at, version";

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    ReferralStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Referral r) {
        Sql.update(jdbc, """
                insert into referral (id, case_id, jobcenter_id, partner_id, service, status, reference_code, customer,
                                      due_on, sent_by, sent_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, r.id());
            statement.setObject(2, r.caseId());
            statement.setString(3, r.jobcenterId());
            statement.setObject(4, r.partnerId());
            statement.setString(5, r.service().name());
            statement.setString(6, r.status().name());
            statement.setString(7, r.referenceCode());
            statement.setString(8, r.customer() == null ? null : write(r.customer()));
            statement.setObject(9, r.dueOn());
            statement.setString(10, r.sentBy());
            statement.setTimestamp(11, Timestamp.from(r.sentAt()));
            statement.setTimestamp(12, Timestamp.from(r.updatedAt()));
        });
    }

    public void update(Referral r) {
        int updated = Sql.update(jdbc, """
                update referral set status = ?, reason_code = ?, started_on = ?, ended_on = ?, next_step_code = ?,
                    attended = ?, updated_at = ?, version = version + 1
                where id = ? and version = ?""", statement -> {
            statement.setString(1, r.status().name());
            statement.setString(2, r.reasonCode());
            statement.setObject(3, r.startedOn());
            statement.setObject(4, r.endedOn());
            statement.setString(5, r.nextStepCode());
            statement.setObject(6, r.attended());
            statement.setTimestamp(7, Timestamp.from(r.updatedAt()));
            statement.setObject(8, r.id());
            statement.setLong(9, r.version());
        });
        if (updated != 1) {
            throw new OptimisticLockException("referral " + r.id() + " changed concurrently");
        }
    }

    public Optional<Referral> find(UUID id) {
        return Sql.query(jdbc, "select " + COLUMNS + " from referral where id = ?", statement -> statement.setObject(1, id),
                this::map).stream().findFirst();
    }

    public List<Referral> ofCase(UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from referral where case_id = ? order by sent_at",
                statement -> statement.setObject(1, caseId), this::map);
    }

    public List<Referral> openOfCase(UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from referral where case_id = ? and status in "
                + "('REQUESTED', 'ACCEPTED', 'STARTED') order by sent_at", statement -> statement.setObject(1, caseId),
                this::map);
    }

    /** Referrals of the cases not started yet whose due day is on or before the day. */
    public List<Referral> dueNotStarted(List<UUID> caseIds, LocalDate until) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return Sql.query(jdbc, "select " + COLUMNS + " from referral where case_id = any(?) and status in "
                + "('REQUESTED', 'ACCEPTED') and due_on <= ? order by due_on, id", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", caseIds.toArray()));
            statement.setObject(2, until);
        }, this::map);
    }

    public List<Referral> ofPartner(UUID partnerId, int limit, long offset) {
        return Sql.query(jdbc, "select " + COLUMNS + " from referral where partner_id = ? order by sent_at desc, id "
                + "limit ? offset ?", statement -> {
            statement.setObject(1, partnerId);
            statement.setInt(2, limit);
            statement.setLong(3, offset);
        }, this::map);
    }

    public long countOfPartner(UUID partnerId) {
        return Sql.query(jdbc, "select count(*) from referral where partner_id = ?",
                statement -> statement.setObject(1, partnerId), rs -> rs.getLong(1)).get(0);
    }

    private Referral map(ResultSet rs) throws SQLException {
        String customer = rs.getString(8);
        return new Referral(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, UUID.class), ServiceCode.valueOf(rs.getString(5)), Referral.Status.valueOf(rs.getString(6)),
                rs.getString(7), customer == null ? null : read(customer), rs.getObject(9, LocalDate.class),
                rs.getString(10), rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class), rs.getString(13),
                (Boolean) rs.getObject(14), rs.getString(15), rs.getTimestamp(16).toInstant(),
                rs.getTimestamp(17).toInstant(), rs.getLong(18));
    }

    private String write(Referral.CustomerContact c) {
        try {
            return json.writeValueAsString(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Referral.CustomerContact read(String text) {
        try {
            return json.readValue(text, Referral.CustomerContact.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
