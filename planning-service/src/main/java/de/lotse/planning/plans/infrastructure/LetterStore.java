package de.lotse.planning.plans.infrastructure;

import de.lotse.planning.plans.domain.JobcenterRecord;
import de.lotse.planning.plans.domain.LegalForm;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What printed agreements need besides the case: the legal forms by date and the Jobcenter's letterhead. */
@Singleton
public class LetterStore {
    private final JdbcOperations jdbc;

    LetterStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<LegalForm> legalForms() {
        return Sql.query(jdbc, """
                select effective_from, code, title, law_reference, legal_consequences_in_plan, conciliation,
                       review_within_months
                from agreement_legal_form order by effective_from""", statement -> { },
                rs -> new LegalForm(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getInt(7)));
    }

    /** Keeps the newer record: events of one Jobcenter may arrive again or out of order. */
    public void saveIfNewer(String jobcenterId, long version, JobcenterRecord r, String stateCode, Instant changedAt) {
        Sql.update(jdbc, """
                insert into jobcenter_record (jobcenter_id, version, name, street, postal_code, city, phone, email,
                                              contact_hours, state_code, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (jobcenter_id) do update set version = excluded.version, name = excluded.name,
                    street = excluded.street, postal_code = excluded.postal_code, city = excluded.city,
                    phone = excluded.phone, email = excluded.email, contact_hours = excluded.contact_hours,
                    state_code = excluded.state_code, changed_at = excluded.changed_at
                where jobcenter_record.version < excluded.version""", statement -> {
            statement.setString(1, jobcenterId);
            statement.setLong(2, version);
            statement.setString(3, r.name());
            statement.setString(4, r.street());
            statement.setString(5, r.postalCode());
            statement.setString(6, r.city());
            statement.setString(7, r.phone());
            statement.setString(8, r.email());
            statement.setString(9, r.contactHours());
            statement.setString(10, stateCode);
            statement.setTimestamp(11, Timestamp.from(changedAt));
        });
    }

    public Optional<JobcenterRecord> jobcenter(String jobcenterId) {
        return Sql.query(jdbc, """
                select jobcenter_id, name, street, postal_code, city, phone, email, contact_hours
                from jobcenter_record where jobcenter_id = ?""", statement -> statement.setString(1, jobcenterId),
                rs -> new JobcenterRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))).stream().findFirst();
    }
}
