package de.lotse.planning.sustainability.infrastructure;

import de.lotse.planning.sustainability.domain.Checkpoint;
import de.lotse.planning.sustainability.domain.Source;
import de.lotse.planning.sustainability.domain.SustainabilityCheck;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The sustainability checks of the closed cases (docs/domain.md §16.2). */
@Singleton
public class SustainabilityCheckStore {
    private static final String COLUMNS = """
            id, case_id, jobcenter_id, checkpoint_months, checked_on, employment_lasted, at_least_15_hours, source,
            note, recorded_by, recorded_at""";

    private final Statements sql;

    SustainabilityCheckStore(Statements sql) {
        this.sql = sql;
    }

    public void insert(SustainabilityCheck c) {
        sql.update(
                "insert into sustainability_check (" + COLUMNS + ") values (:id, :caseId, :jobcenterId, :months, "
                        + ":checkedOn, :employmentLasted, :atLeast15Hours, :source, :note, :recordedBy, :recordedAt)",
                Params.of("id", c.id())
                        .and("caseId", c.caseId())
                        .and("jobcenterId", c.jobcenterId())
                        .and("months", c.checkpoint().months())
                        .and("checkedOn", c.checkedOn())
                        .and("employmentLasted", c.employmentLasted())
                        .and("atLeast15Hours", c.atLeast15Hours())
                        .and("source", c.source())
                        .and("note", c.note())
                        .and("recordedBy", c.recordedBy())
                        .and("recordedAt", c.recordedAt()));
    }

    public boolean exists(UUID caseId, Checkpoint checkpoint) {
        return sql.count(
                        "select count(*) from sustainability_check where case_id = :caseId and checkpoint_months = :months",
                        Params.of("caseId", caseId).and("months", checkpoint.months()))
                > 0;
    }

    public List<SustainabilityCheck> of(UUID caseId) {
        return sql.query(
                "select " + COLUMNS + " from sustainability_check where case_id = :caseId "
                        + "order by checkpoint_months",
                Params.of("caseId", caseId),
                SustainabilityCheckStore::map);
    }

    private static SustainabilityCheck map(ResultSet rs) throws SQLException {
        int months = rs.getInt(4);
        return new SustainabilityCheck(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                months == 6 ? Checkpoint.MONTHS_6 : Checkpoint.MONTHS_12,
                rs.getObject(5, LocalDate.class),
                rs.getBoolean(6),
                (Boolean) rs.getObject(7),
                Source.valueOf(rs.getString(8)),
                rs.getString(9),
                rs.getString(10),
                rs.getTimestamp(11).toInstant());
    }
}
