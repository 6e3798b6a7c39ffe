package de.lotse.planning.plans.infrastructure;

import de.lotse.planning.plans.domain.Agreement;
import de.lotse.planning.plans.domain.AgreementException;
import de.lotse.planning.plans.domain.Goal;
import de.lotse.planning.plans.domain.Plan;
import de.lotse.planning.plans.domain.Step;
import de.lotse.planning.plans.domain.Strategy;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The working plan per case (one row, replaced with an optimistic lock) and the agreements. */
@Singleton
@SerdeImport(Goal.class)
@SerdeImport(Strategy.class)
@SerdeImport(Step.class)
public class PlanStore {
    private static final String AGREEMENT_COLUMNS = """
            id, case_id, jobcenter_id, type, agreed_on, valid_until, jobcenter_services, customer_obligations,
            legal_consequence_instruction, guardian_signed_on, exception, exception_note, assessment_version,
            plan_snapshot::text, policy_version, agreed_by, agreed_at, review_on, legal_form_from, agreed_by_name""";

    private final Statements sql;
    private final JsonMapper json;

    PlanStore(Statements sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** The plan as a JSON document (the texts of goals, strategies and steps stay in this service). */
    @Serdeable
    record Document(
            Goal leadGoal,
            List<Goal> intermediateGoals,
            List<Strategy> strategies,
            List<KeyGroup> workingOrder,
            String orderReason,
            boolean directPlacementFirst,
            List<Step> steps) {
        static Document of(Plan p) {
            return new Document(
                    p.leadGoal(),
                    p.intermediateGoals(),
                    p.strategies(),
                    p.workingOrder(),
                    p.orderReason(),
                    p.directPlacementFirst(),
                    p.steps());
        }

        Plan toPlan(UUID caseId, String jobcenterId, String by, Instant at, long version) {
            return new Plan(
                    caseId,
                    jobcenterId,
                    leadGoal,
                    intermediateGoals == null ? List.of() : intermediateGoals,
                    strategies == null ? List.of() : strategies,
                    workingOrder,
                    orderReason,
                    directPlacementFirst,
                    steps == null ? List.of() : steps,
                    by,
                    at,
                    version);
        }
    }

    public Optional<Plan> find(UUID caseId) {
        return sql
                .query(
                        "select case_id, jobcenter_id, document::text, updated_by, updated_at, version from plan "
                                + "where case_id = :caseId",
                        Params.of("caseId", caseId),
                        rs -> read(rs.getString(3))
                                .toPlan(
                                        rs.getObject(1, UUID.class),
                                        rs.getString(2),
                                        rs.getString(4),
                                        rs.getTimestamp(5).toInstant(),
                                        rs.getLong(6)))
                .stream()
                .findFirst();
    }

    /** Writes the plan if nobody changed it since {@code plan.version()} was read; returns the new version. */
    public long save(Plan plan) {
        int written = sql.update(
                """
                insert into plan (case_id, jobcenter_id, document, updated_by, updated_at, version)
                values (:caseId, :jobcenterId, :document::jsonb, :updatedBy, :updatedAt, 1)
                on conflict (case_id) do update set document = excluded.document, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at, version = plan.version + 1
                where plan.version = :version""",
                Params.of("caseId", plan.caseId())
                        .and("jobcenterId", plan.jobcenterId())
                        .and("document", write(Document.of(plan)))
                        .and("updatedBy", plan.updatedBy())
                        .and("updatedAt", plan.updatedAt())
                        .and("version", plan.version()));
        if (written != 1) {
            throw new OptimisticLockException("plan of case " + plan.caseId() + " changed concurrently");
        }
        return plan.version() + 1;
    }

    public void insert(Agreement a) {
        sql.update(
                "insert into agreement (" + AGREEMENT_COLUMNS.replace("plan_snapshot::text", "plan_snapshot")
                        + ") values (:id, :caseId, :jobcenterId, :type, :agreedOn, :validUntil, :jobcenterServices, "
                        + ":customerObligations, :legalConsequenceInstruction, :guardianSignedOn, :exception, "
                        + ":exceptionNote, :assessmentVersion, :planSnapshot::jsonb, :policyVersion, :agreedBy, "
                        + ":agreedAt, :reviewOn, :legalFormFrom, :agreedByName)",
                Params.of("id", a.id())
                        .and("caseId", a.caseId())
                        .and("jobcenterId", a.jobcenterId())
                        .and("type", a.type())
                        .and("agreedOn", a.agreedOn())
                        .and("validUntil", a.validUntil())
                        .and("jobcenterServices", a.jobcenterServices().toArray(String[]::new))
                        .and("customerObligations", a.customerObligations().toArray(String[]::new))
                        .and("legalConsequenceInstruction", a.legalConsequenceInstruction())
                        .and("guardianSignedOn", a.guardianSignedOn())
                        .and("exception", a.exception())
                        .and("exceptionNote", a.exceptionNote())
                        .and("assessmentVersion", a.assessmentVersion())
                        .and("planSnapshot", a.plan() == null ? null : write(Document.of(a.plan())))
                        .and("policyVersion", a.policyVersion())
                        .and("agreedBy", a.agreedBy())
                        .and("agreedAt", a.agreedAt())
                        .and("reviewOn", a.reviewOn())
                        .and("legalFormFrom", a.legalFormFrom())
                        .and("agreedByName", a.agreedByName()));
    }

    /** The day the customer signed the agreement (an imported EinV a. F.). */
    public void signedOn(UUID id, LocalDate day) {
        sql.update(
                "update agreement set signed_on = :day where id = :id",
                Params.of("day", day).and("id", id));
    }

    /** The signature days of the case's agreements, by agreement (where known). */
    public java.util.Map<UUID, LocalDate> signedOn(UUID caseId) {
        return sql
                .query(
                        "select id, signed_on from agreement where case_id = :caseId and signed_on is not null",
                        Params.of("caseId", caseId),
                        rs -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    public Optional<Agreement> latestAgreement(UUID caseId) {
        return sql
                .query(
                        "select " + AGREEMENT_COLUMNS + " from agreement where case_id = :caseId "
                                + "order by agreed_at desc limit 1",
                        Params.of("caseId", caseId),
                        this::agreement)
                .stream()
                .findFirst();
    }

    public Optional<Agreement> agreement(String jobcenterId, UUID caseId, UUID id) {
        return sql
                .query(
                        "select " + AGREEMENT_COLUMNS + " from agreement where id = :id and case_id = :caseId "
                                + "and jobcenter_id = :jobcenterId",
                        Params.of("id", id).and("caseId", caseId).and("jobcenterId", jobcenterId),
                        this::agreement)
                .stream()
                .findFirst();
    }

    public List<Agreement> agreements(UUID caseId) {
        return sql.query(
                "select " + AGREEMENT_COLUMNS + " from agreement where case_id = :caseId order by agreed_at",
                Params.of("caseId", caseId),
                this::agreement);
    }

    /** The latest agreement of each of the cases. */
    public List<Agreement> latestAgreements(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return sql.query(
                "select distinct on (case_id) " + AGREEMENT_COLUMNS + " from agreement "
                        + "where case_id = any(:caseIds) order by case_id, agreed_at desc",
                Params.of("caseIds", caseIds.toArray(UUID[]::new)),
                this::agreement);
    }

    private Agreement agreement(ResultSet rs) throws SQLException {
        UUID caseId = rs.getObject(2, UUID.class);
        String snapshot = rs.getString(14);
        String exception = rs.getString(11);
        return new Agreement(
                rs.getObject(1, UUID.class),
                caseId,
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                Arrays.asList((String[]) rs.getArray(7).getArray()),
                Arrays.asList((String[]) rs.getArray(8).getArray()),
                rs.getBoolean(9),
                rs.getObject(10, LocalDate.class),
                exception == null ? null : AgreementException.valueOf(exception),
                rs.getString(12),
                (Integer) rs.getObject(13),
                snapshot == null
                        ? null
                        : read(snapshot)
                                .toPlan(
                                        caseId,
                                        rs.getString(3),
                                        rs.getString(16),
                                        rs.getTimestamp(17).toInstant(),
                                        0),
                rs.getInt(15),
                rs.getString(16),
                rs.getTimestamp(17).toInstant(),
                rs.getObject(18, LocalDate.class),
                rs.getObject(19, LocalDate.class),
                rs.getString(20));
    }

    private String write(Document document) {
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document read(String text) {
        try {
            return json.readValue(text, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
