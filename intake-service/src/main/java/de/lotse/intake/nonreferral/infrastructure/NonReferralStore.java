package de.lotse.intake.nonreferral.infrastructure;

import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.nonreferral.domain.NonReferral;
import de.lotse.intake.nonreferral.domain.NonReferralReason;
import de.lotse.intake.nonreferral.domain.NonReferralWithCustomer;
import de.lotse.intake.nonreferral.domain.Recheck;
import de.lotse.intake.nonreferral.domain.RecheckOutcome;
import de.lotse.platform.jdbc.Sql;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Non-referrals and their re-checks. */
@Singleton
public class NonReferralStore {
    private static final String COLUMNS = """
            n.id, n.jobcenter_id, n.customer_id, n.team_id, n.reason_code, n.note, n.recorded_by, n.recorded_at,
            n.recorded_on, n.policy_version, n.status, n.recheck_due_on, n.rechecks, n.version""";
    private static final String CUSTOMER = """
            cu.customer_number, cu.first_name, cu.last_name, cu.date_of_birth, cu.household_ref, cu.team_id as cu_team,
            cu.responsible_av_id""";

    private final JdbcOperations jdbc;

    NonReferralStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(NonReferral n, String snapshot) {
        Sql.update(jdbc, """
                insert into non_referral (id, jobcenter_id, customer_id, team_id, reason_code, note, criteria_snapshot,
                                          recorded_by, recorded_at, recorded_on, policy_version, status, recheck_due_on,
                                          rechecks, version)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, 0)""", statement -> {
            statement.setObject(1, n.id());
            statement.setString(2, n.jobcenterId());
            statement.setObject(3, n.customerId());
            statement.setString(4, n.teamId());
            statement.setString(5, n.reason().name());
            statement.setString(6, n.note());
            statement.setString(7, snapshot);
            statement.setString(8, n.recordedBy());
            statement.setTimestamp(9, Timestamp.from(n.recordedAt()));
            statement.setObject(10, n.recordedOn());
            statement.setInt(11, n.policyVersion());
            statement.setString(12, n.open() ? "OPEN" : "RESOLVED");
            statement.setObject(13, n.recheckDueOn());
            statement.setInt(14, n.rechecks());
        });
    }

    public void update(NonReferral n, Recheck recheck) {
        int updated = Sql.update(jdbc, """
                update non_referral set status = ?, recheck_due_on = ?, rechecks = ?, version = version + 1
                where id = ? and version = ?""", statement -> {
            statement.setString(1, n.open() ? "OPEN" : "RESOLVED");
            statement.setObject(2, n.recheckDueOn());
            statement.setInt(3, n.rechecks());
            statement.setObject(4, n.id());
            statement.setLong(5, n.version());
        });
        if (updated != 1) {
            throw new OptimisticLockException("non-referral " + n.id() + " changed concurrently");
        }
        Sql.update(jdbc, """
                insert into non_referral_recheck (non_referral_id, number, checked_by, checked_on, checked_at, outcome,
                                                  reason_code, note, next_due_on, policy_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, n.id());
            statement.setInt(2, recheck.number());
            statement.setString(3, recheck.checkedBy());
            statement.setObject(4, recheck.checkedOn());
            statement.setTimestamp(5, Timestamp.from(recheck.checkedAt()));
            statement.setString(6, recheck.outcome().name());
            statement.setString(7, recheck.reasonCode());
            statement.setString(8, recheck.note());
            statement.setObject(9, recheck.nextDueOn());
            statement.setInt(10, recheck.policyVersion());
        });
    }

    public Optional<NonReferralWithCustomer> find(String jobcenterId, UUID id) {
        return Sql.query(jdbc, "select " + COLUMNS + ", " + CUSTOMER + " from non_referral n "
                + "join customer cu on cu.id = n.customer_id where n.id = ? and n.jobcenter_id = ?", statement -> {
            statement.setObject(1, id);
            statement.setString(2, jobcenterId);
        }, NonReferralStore::line).stream().findFirst();
    }

    public Optional<NonReferral> openFor(UUID customerId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from non_referral n where n.customer_id = ? and n.status = 'OPEN'",
                statement -> statement.setObject(1, customerId), NonReferralStore::map).stream().findFirst();
    }

    public List<Recheck> rechecks(UUID id) {
        return Sql.query(jdbc, """
                select number, checked_by, checked_on, checked_at, outcome, reason_code, note, next_due_on, policy_version
                from non_referral_recheck where non_referral_id = ? order by number""",
                statement -> statement.setObject(1, id), rs -> new Recheck(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getTimestamp(4).toInstant(),
                        RecheckOutcome.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getObject(8, LocalDate.class), rs.getInt(9)));
    }

    /**
     * Non-referrals of a Jobcenter for an AV (recorded by them or of their customers) or a team,
     * open ones first by due date. {@code dueBy} limits to open ones due by that day (overdue included).
     */
    public Page<NonReferralWithCustomer> list(String jobcenterId, String av, String teamId, boolean openOnly, LocalDate dueBy,
                           PageRequest page) {
        StringBuilder where = new StringBuilder(" from non_referral n join customer cu on cu.id = n.customer_id "
                + "where n.jobcenter_id = ?");
        List<Object> values = new ArrayList<>(List.of(jobcenterId));
        if (av != null) {
            where.append(" and (n.recorded_by = ? or cu.responsible_av_id = ?)");
            values.add(av);
            values.add(av);
        }
        if (teamId != null) {
            where.append(" and n.team_id = ?");
            values.add(teamId);
        }
        if (openOnly || dueBy != null) {
            where.append(" and n.status = 'OPEN'");
        }
        if (dueBy != null) {
            where.append(" and n.recheck_due_on <= ?");
            values.add(dueBy);
        }
        long total = Sql.query(jdbc, "select count(*)" + where, statement -> bind(statement, values),
                rs -> rs.getLong(1)).get(0);
        List<Object> paged = new ArrayList<>(values);
        paged.add(page.size());
        paged.add(page.offset());
        List<NonReferralWithCustomer> items = Sql.query(jdbc, "select " + COLUMNS + ", " + CUSTOMER + where
                + " order by n.status desc, n.recheck_due_on nulls last, n.recorded_at, n.id limit ? offset ?",
                statement -> bind(statement, paged), NonReferralStore::line);
        return Page.of(items, page, total);
    }

    private static void bind(java.sql.PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private static NonReferralWithCustomer line(ResultSet rs) throws SQLException {
        NonReferral n = map(rs);
        return new NonReferralWithCustomer(n, new Customer(n.customerId(), n.jobcenterId(), rs.getString("customer_number"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("household_ref"), rs.getString("cu_team"), rs.getString("responsible_av_id")));
    }

    private static NonReferral map(ResultSet rs) throws SQLException {
        return new NonReferral(rs.getObject("id", UUID.class), rs.getString("jobcenter_id"),
                rs.getObject("customer_id", UUID.class), rs.getString("team_id"),
                NonReferralReason.valueOf(rs.getString("reason_code")), rs.getString("note"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getObject("recorded_on", LocalDate.class),
                rs.getInt("policy_version"), "OPEN".equals(rs.getString("status")),
                rs.getObject("recheck_due_on", LocalDate.class), rs.getInt("rechecks"), rs.getLong("version"));
    }
}
