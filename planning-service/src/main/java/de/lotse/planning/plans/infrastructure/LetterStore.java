package de.lotse.planning.plans.infrastructure;

import de.lotse.planning.plans.domain.JobcenterRecord;
import de.lotse.planning.plans.domain.LegalForm;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.jdbc.UpsertIfNewer;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What printed agreements need besides the case: the legal forms by date and the Jobcenter's letterhead. */
@Singleton
public class LetterStore {
    /** The Jobcenter's letterhead, by the version of its record. */
    private static final UpsertIfNewer JOBCENTER = UpsertIfNewer.into("jobcenter_record")
            .key("jobcenter_id")
            .set("name", "street", "postal_code", "city", "phone", "email", "contact_hours", "state_code", "changed_at")
            .newestBy("version");

    private final Statements sql;

    LetterStore(Statements sql) {
        this.sql = sql;
    }

    public List<LegalForm> legalForms() {
        return sql.query(
                """
                select effective_from, code, title, law_reference, legal_consequences_in_plan, conciliation,
                       review_within_months
                from agreement_legal_form order by effective_from""",
                Params.none(),
                rs -> new LegalForm(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6),
                        rs.getInt(7)));
    }

    /** Keeps the newer record: events of one Jobcenter may arrive again or out of order. */
    public void saveIfNewer(String jobcenterId, long version, JobcenterRecord r, String stateCode, Instant changedAt) {
        sql.upsert(
                JOBCENTER,
                Params.of("jobcenter_id", jobcenterId)
                        .and("version", version)
                        .and("name", r.name())
                        .and("street", r.street())
                        .and("postal_code", r.postalCode())
                        .and("city", r.city())
                        .and("phone", r.phone())
                        .and("email", r.email())
                        .and("contact_hours", r.contactHours())
                        .and("state_code", stateCode)
                        .and("changed_at", changedAt));
    }

    public Optional<JobcenterRecord> jobcenter(String jobcenterId) {
        return sql
                .query(
                        """
                select jobcenter_id, name, street, postal_code, city, phone, email, contact_hours
                from jobcenter_record where jobcenter_id = :jobcenterId""",
                        Params.of("jobcenterId", jobcenterId),
                        rs -> new JobcenterRecord(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8)))
                .stream()
                .findFirst();
    }
}
