package de.lotse.network.referrals.infrastructure;

import de.lotse.network.partners.domain.ServiceCode;
import de.lotse.network.referrals.domain.Referral;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private final Statements sql;
    private final JsonMapper json;

    ReferralStore(Statements sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    public void insert(Referral r) {
        sql.update(
                """
                insert into referral (id, case_id, jobcenter_id, partner_id, service, status, reference_code, customer,
                                      due_on, sent_by, sent_at, updated_at)
                values (:id, :caseId, :jobcenterId, :partnerId, :service, :status, :referenceCode, :customer::jsonb,
                        :dueOn, :sentBy, :sentAt, :updatedAt)""",
                Params.of("id", r.id())
                        .and("caseId", r.caseId())
                        .and("jobcenterId", r.jobcenterId())
                        .and("partnerId", r.partnerId())
                        .and("service", r.service().name())
                        .and("status", r.status().name())
                        .and("referenceCode", r.referenceCode())
                        .and("customer", r.customer() == null ? null : write(r.customer()))
                        .and("dueOn", r.dueOn())
                        .and("sentBy", r.sentBy())
                        .and("sentAt", r.sentAt())
                        .and("updatedAt", r.updatedAt()));
    }

    public void update(Referral r) {
        int updated = sql.update(
                """
                update referral set status = :status, reason_code = :reasonCode, started_on = :startedOn,
                    ended_on = :endedOn, next_step_code = :nextStepCode, attended = :attended, updated_at = :updatedAt,
                    version = version + 1
                where id = :id and version = :version""",
                Params.of("status", r.status().name())
                        .and("reasonCode", r.reasonCode())
                        .and("startedOn", r.startedOn())
                        .and("endedOn", r.endedOn())
                        .and("nextStepCode", r.nextStepCode())
                        .and("attended", r.attended())
                        .and("updatedAt", r.updatedAt())
                        .and("id", r.id())
                        .and("version", r.version()));
        if (updated != 1) {
            throw new OptimisticLockException("referral " + r.id() + " changed concurrently");
        }
    }

    /** A status the referral took, with its time (its status history). */
    public void status(Referral r) {
        sql.update(
                "insert into referral_status (referral_id, status, reason_code, changed_at)"
                        + " values (:id, :status, :reasonCode, :at)",
                Params.of("id", r.id())
                        .and("status", r.status().name())
                        .and("reasonCode", r.reasonCode())
                        .and("at", r.updatedAt()));
    }

    /** A status of a referral's history. */
    public record StatusEntry(long seq, String status, String reasonCode, java.time.Instant at) {}

    public List<StatusEntry> statuses(UUID referralId) {
        return sql.query(
                "select seq, status, reason_code, changed_at from referral_status where referral_id = :id order by seq",
                Params.of("id", referralId),
                rs -> new StatusEntry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()));
    }

    public Optional<Referral> find(UUID id) {
        return sql.query("select " + COLUMNS + " from referral where id = :id", Params.of("id", id), this::map).stream()
                .findFirst();
    }

    public List<Referral> ofCase(UUID caseId) {
        return sql.query(
                "select " + COLUMNS + " from referral where case_id = :caseId order by sent_at",
                Params.of("caseId", caseId),
                this::map);
    }

    public List<Referral> openOfCase(UUID caseId) {
        return sql.query(
                "select " + COLUMNS + " from referral where case_id = :caseId and status in "
                        + "('REQUESTED', 'ACCEPTED', 'STARTED') order by sent_at",
                Params.of("caseId", caseId),
                this::map);
    }

    /** Referrals of the cases not started yet whose due day is on or before the day. */
    public List<Referral> dueNotStarted(List<UUID> caseIds, LocalDate until) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return sql.query(
                "select " + COLUMNS + " from referral where case_id = any(:caseIds) and status in "
                        + "('REQUESTED', 'ACCEPTED') and due_on <= :until order by due_on, id",
                Params.of("caseIds", caseIds.toArray(UUID[]::new)).and("until", until),
                this::map);
    }

    public List<Referral> ofPartner(UUID partnerId, int limit, long offset) {
        return sql.query(
                "select " + COLUMNS + " from referral where partner_id = :partnerId "
                        + "order by sent_at desc, id limit :limit offset :offset",
                Params.of("partnerId", partnerId).and("limit", limit).and("offset", offset),
                this::map);
    }

    public long countOfPartner(UUID partnerId) {
        return sql.count(
                "select count(*) from referral where partner_id = :partnerId", Params.of("partnerId", partnerId));
    }

    private Referral map(ResultSet rs) throws SQLException {
        String customer = rs.getString(8);
        return new Referral(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, UUID.class),
                ServiceCode.valueOf(rs.getString(5)),
                Referral.Status.valueOf(rs.getString(6)),
                rs.getString(7),
                customer == null ? null : read(customer),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class),
                rs.getString(13),
                (Boolean) rs.getObject(14),
                rs.getString(15),
                rs.getTimestamp(16).toInstant(),
                rs.getTimestamp(17).toInstant(),
                rs.getLong(18));
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
