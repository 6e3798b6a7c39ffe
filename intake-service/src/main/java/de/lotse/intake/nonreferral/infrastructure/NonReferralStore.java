package de.lotse.intake.nonreferral.infrastructure;

import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.nonreferral.domain.NonReferral;
import de.lotse.intake.nonreferral.domain.NonReferralReason;
import de.lotse.intake.nonreferral.domain.NonReferralWithCustomer;
import de.lotse.intake.nonreferral.domain.Recheck;
import de.lotse.intake.nonreferral.domain.RecheckOutcome;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.web.Page;
import de.lotse.platform.web.PageRequest;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

    private final Statements sql;

    NonReferralStore(Statements sql) {
        this.sql = sql;
    }

    public void insert(NonReferral n, String snapshot) {
        sql.update(
                """
                insert into non_referral (id, jobcenter_id, customer_id, team_id, reason_code, note, criteria_snapshot,
                                          recorded_by, recorded_at, recorded_on, policy_version, status, recheck_due_on,
                                          rechecks, version)
                values (:id, :jobcenterId, :customerId, :teamId, :reasonCode, :note, :snapshot::jsonb, :recordedBy,
                        :recordedAt, :recordedOn, :policyVersion, :status, :recheckDueOn, :rechecks, 0)""",
                Params.of("id", n.id())
                        .and("jobcenterId", n.jobcenterId())
                        .and("customerId", n.customerId())
                        .and("teamId", n.teamId())
                        .and("reasonCode", n.reason())
                        .and("note", n.note())
                        .and("snapshot", snapshot)
                        .and("recordedBy", n.recordedBy())
                        .and("recordedAt", n.recordedAt())
                        .and("recordedOn", n.recordedOn())
                        .and("policyVersion", n.policyVersion())
                        .and("status", status(n))
                        .and("recheckDueOn", n.recheckDueOn())
                        .and("rechecks", n.rechecks()));
    }

    public void update(NonReferral n, Recheck recheck) {
        int updated = sql.update(
                """
                update non_referral set status = :status, recheck_due_on = :recheckDueOn, rechecks = :rechecks,
                       version = version + 1
                where id = :id and version = :version""",
                Params.of("status", status(n))
                        .and("recheckDueOn", n.recheckDueOn())
                        .and("rechecks", n.rechecks())
                        .and("id", n.id())
                        .and("version", n.version()));
        if (updated != 1) {
            throw new OptimisticLockException("non-referral " + n.id() + " changed concurrently");
        }
        sql.update(
                """
                insert into non_referral_recheck (non_referral_id, number, checked_by, checked_on, checked_at, outcome,
                                                  reason_code, note, next_due_on, policy_version)
                values (:id, :number, :checkedBy, :checkedOn, :checkedAt, :outcome, :reasonCode, :note, :nextDueOn,
                        :policyVersion)""",
                Params.of("id", n.id())
                        .and("number", recheck.number())
                        .and("checkedBy", recheck.checkedBy())
                        .and("checkedOn", recheck.checkedOn())
                        .and("checkedAt", recheck.checkedAt())
                        .and("outcome", recheck.outcome())
                        .and("reasonCode", recheck.reasonCode())
                        .and("note", recheck.note())
                        .and("nextDueOn", recheck.nextDueOn())
                        .and("policyVersion", recheck.policyVersion()));
    }

    private static String status(NonReferral n) {
        return n.open() ? "OPEN" : "RESOLVED";
    }

    public Optional<NonReferralWithCustomer> find(String jobcenterId, UUID id) {
        return sql
                .query(
                        "select " + COLUMNS + ", " + CUSTOMER + " from non_referral n "
                                + "join customer cu on cu.id = n.customer_id where n.id = :id and n.jobcenter_id = :jobcenterId",
                        Params.of("id", id).and("jobcenterId", jobcenterId),
                        NonReferralStore::line)
                .stream()
                .findFirst();
    }

    public Optional<NonReferral> openFor(UUID customerId) {
        return sql
                .query(
                        "select " + COLUMNS + " from non_referral n where n.customer_id = :customerId "
                                + "and n.status = 'OPEN'",
                        Params.of("customerId", customerId),
                        NonReferralStore::map)
                .stream()
                .findFirst();
    }

    public List<Recheck> rechecks(UUID id) {
        return sql.query(
                """
                select number, checked_by, checked_on, checked_at, outcome, reason_code, note, next_due_on, policy_version
                from non_referral_recheck where non_referral_id = :id order by number""",
                Params.of("id", id),
                rs -> new Recheck(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getTimestamp(4).toInstant(),
                        RecheckOutcome.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, LocalDate.class),
                        rs.getInt(9)));
    }

    /**
     * Non-referrals of a Jobcenter for an AV (recorded by them or of their customers) or a team,
     * open ones first by due date. {@code dueBy} limits to open ones due by that day (overdue included).
     */
    public Page<NonReferralWithCustomer> list(
            String jobcenterId, String av, String teamId, boolean openOnly, LocalDate dueBy, PageRequest page) {
        StringBuilder where = new StringBuilder(" from non_referral n join customer cu on cu.id = n.customer_id "
                + "where n.jobcenter_id = :jobcenterId");
        Params params = Params.of("jobcenterId", jobcenterId);
        if (av != null) {
            where.append(" and (n.recorded_by = :av or cu.responsible_av_id = :av)");
            params.and("av", av);
        }
        if (teamId != null) {
            where.append(" and n.team_id = :teamId");
            params.and("teamId", teamId);
        }
        if (openOnly || dueBy != null) {
            where.append(" and n.status = 'OPEN'");
        }
        if (dueBy != null) {
            where.append(" and n.recheck_due_on <= :dueBy");
            params.and("dueBy", dueBy);
        }
        long total = sql.count("select count(*)" + where, params);
        List<NonReferralWithCustomer> items = sql.query(
                "select " + COLUMNS + ", " + CUSTOMER + where
                        + " order by n.status desc, n.recheck_due_on nulls last, n.recorded_at, n.id limit :limit offset :offset",
                params.and("limit", page.size()).and("offset", page.offset()),
                NonReferralStore::line);
        return Page.of(items, page, total);
    }

    private static NonReferralWithCustomer line(ResultSet rs) throws SQLException {
        NonReferral n = map(rs);
        return new NonReferralWithCustomer(
                n,
                new Customer(
                        n.customerId(),
                        n.jobcenterId(),
                        rs.getString("customer_number"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("household_ref"),
                        rs.getString("cu_team"),
                        rs.getString("responsible_av_id")));
    }

    private static NonReferral map(ResultSet rs) throws SQLException {
        return new NonReferral(
                rs.getObject("id", UUID.class),
                rs.getString("jobcenter_id"),
                rs.getObject("customer_id", UUID.class),
                rs.getString("team_id"),
                NonReferralReason.valueOf(rs.getString("reason_code")),
                rs.getString("note"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("recorded_on", LocalDate.class),
                rs.getInt("policy_version"),
                "OPEN".equals(rs.getString("status")),
                rs.getObject("recheck_due_on", LocalDate.class),
                rs.getInt("rechecks"),
                rs.getLong("version"));
    }
}
