package de.lotse.intake.imports.infrastructure;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The imported cases by their source key, with the intake part as last imported and its hash. */
@Singleton
public class ImportedCaseStore {
    private final Statements sql;

    ImportedCaseStore(Statements sql) {
        this.sql = sql;
    }

    /** A case taken over earlier: its id, the part as then imported (JSON) and the part's hash. */
    public record Imported(UUID caseId, String part, String hash) {}

    public Optional<Imported> find(String jobcenterId, String sourceSystem, String sourceId) {
        return sql
                .query(
                        """
                        select case_id, part::text, part_hash from imported_case
                        where jobcenter_id = :jobcenterId and source_system = :sourceSystem and source_id = :sourceId""",
                        key(jobcenterId, sourceSystem, sourceId),
                        rs -> new Imported(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .stream()
                .findFirst();
    }

    public void insert(
            String jobcenterId,
            String sourceSystem,
            String sourceId,
            UUID caseId,
            String part,
            String hash,
            Instant at,
            String by) {
        sql.update(
                """
                insert into imported_case
                    (jobcenter_id, source_system, source_id, case_id, part, part_hash, imported_at, imported_by)
                values (:jobcenterId, :sourceSystem, :sourceId, :caseId, :part::jsonb, :hash, :at, :by)""",
                key(jobcenterId, sourceSystem, sourceId)
                        .and("caseId", caseId)
                        .and("part", part)
                        .and("hash", hash)
                        .and("at", at)
                        .and("by", by));
    }

    public void update(String jobcenterId, String sourceSystem, String sourceId, String part, String hash, Instant at) {
        sql.update(
                """
                update imported_case set part = :part::jsonb, part_hash = :hash, updated_at = :at
                where jobcenter_id = :jobcenterId and source_system = :sourceSystem and source_id = :sourceId""",
                key(jobcenterId, sourceSystem, sourceId)
                        .and("part", part)
                        .and("hash", hash)
                        .and("at", at));
    }

    private static Params key(String jobcenterId, String sourceSystem, String sourceId) {
        return Params.of("jobcenterId", jobcenterId)
                .and("sourceSystem", sourceSystem)
                .and("sourceId", sourceId);
    }
}
