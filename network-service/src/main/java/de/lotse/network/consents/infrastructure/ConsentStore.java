package de.lotse.network.consents.infrastructure;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.domain.ConsentForm;
import de.lotse.network.consents.domain.HistoryEntry;
import de.lotse.network.consents.domain.Scope;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Consent forms, consents (only ever ended, never edited) and their append-only history. */
@Singleton
public class ConsentStore {
    private static final String FORM_COLUMNS = "id, jobcenter_id, code, version, text, scopes, purposes, created_at";
    private static final String COLUMNS =
            "id, case_id, jobcenter_id, partner_id, form_id, status, scopes, purpose_code, "
                    + "valid_from, valid_until, channel, document_ref, supersedes, recorded_by, recorded_at, ended_at";

    private final Statements sql;

    ConsentStore(Statements sql) {
        this.sql = sql;
    }

    public void insertForm(ConsentForm f) {
        sql.update(
                "insert into consent_form (" + FORM_COLUMNS + ") values (:id, :jobcenterId, :code, :version, :text, "
                        + ":scopes, :purposes, :createdAt)",
                Params.of("id", f.id())
                        .and("jobcenterId", f.jobcenterId())
                        .and("code", f.code())
                        .and("version", f.version())
                        .and("text", f.text())
                        .and("scopes", names(f.scopes()))
                        .and("purposes", f.purposes().stream().sorted().toArray(String[]::new))
                        .and("createdAt", f.createdAt()));
    }

    /** The day an imported form version is valid from (docs/import.md). */
    public void formValidFrom(UUID formId, LocalDate day) {
        sql.update(
                "update consent_form set valid_from = :day where id = :id",
                Params.of("day", day).and("id", formId));
    }

    /** The day a form version is valid from: as imported, else the day it was created in Lotse (Berlin). */
    public LocalDate formValidFrom(UUID formId) {
        return sql.query(
                        "select coalesce(valid_from, (created_at at time zone 'Europe/Berlin')::date) from consent_form"
                                + " where id = :id",
                        Params.of("id", formId),
                        rs -> rs.getObject(1, LocalDate.class))
                .get(0);
    }

    public int nextFormVersion(String jobcenterId, String code) {
        return sql.query(
                        "select coalesce(max(version), 0) + 1 from consent_form where jobcenter_id = :jobcenterId "
                                + "and code = :code",
                        Params.of("jobcenterId", jobcenterId).and("code", code),
                        rs -> rs.getInt(1))
                .get(0);
    }

    public Optional<ConsentForm> form(String jobcenterId, UUID id) {
        return sql
                .query(
                        "select " + FORM_COLUMNS + " from consent_form where id = :id and jobcenter_id = :jobcenterId",
                        Params.of("id", id).and("jobcenterId", jobcenterId),
                        ConsentStore::form)
                .stream()
                .findFirst();
    }

    public List<ConsentForm> forms(String jobcenterId) {
        return sql.query(
                "select " + FORM_COLUMNS + " from consent_form where jobcenter_id = :jobcenterId "
                        + "order by code, version",
                Params.of("jobcenterId", jobcenterId),
                ConsentStore::form);
    }

    public void insert(Consent c) {
        sql.update(
                "insert into consent (" + COLUMNS + ") values (:id, :caseId, :jobcenterId, :partnerId, :formId, "
                        + ":status, :scopes, :purposeCode, :validFrom, :validUntil, :channel, :documentRef, :supersedes, "
                        + ":recordedBy, :recordedAt, :endedAt)",
                Params.of("id", c.id())
                        .and("caseId", c.caseId())
                        .and("jobcenterId", c.jobcenterId())
                        .and("partnerId", c.partnerId())
                        .and("formId", c.formId())
                        .and("status", c.status().name())
                        .and("scopes", names(c.scopes()))
                        .and("purposeCode", c.purposeCode())
                        .and("validFrom", c.validFrom())
                        .and("validUntil", c.validUntil())
                        .and("channel", c.channel().name())
                        .and("documentRef", c.documentRef())
                        .and("supersedes", c.supersedes())
                        .and("recordedBy", c.recordedBy())
                        .and("recordedAt", c.recordedAt())
                        .and("endedAt", c.endedAt()));
    }

    /** Ends a given consent; false if it was not given any more (a concurrent revocation). */
    public boolean end(Consent ended) {
        // ended_at may be NULL in the table: an ended consent without its end time must fail here, not be stored
        return sql.update(
                        "update consent set status = :status, ended_at = :endedAt where id = :id and status = 'GIVEN'",
                        Params.of("status", ended.status().name())
                                .and("endedAt", Objects.requireNonNull(ended.endedAt()))
                                .and("id", ended.id()))
                == 1;
    }

    public Optional<Consent> find(String jobcenterId, UUID caseId, UUID id) {
        return sql
                .query(
                        "select " + COLUMNS + " from consent where id = :id and case_id = :caseId "
                                + "and jobcenter_id = :jobcenterId",
                        Params.of("id", id).and("caseId", caseId).and("jobcenterId", jobcenterId),
                        ConsentStore::consent)
                .stream()
                .findFirst();
    }

    public List<Consent> of(UUID caseId) {
        return sql.query(
                "select " + COLUMNS + " from consent where case_id = :caseId order by recorded_at",
                Params.of("caseId", caseId),
                ConsentStore::consent);
    }

    /** Given consents whose validity ended before the day, locked for this transaction (others skip them). */
    public List<Consent> runOut(LocalDate day, int limit) {
        return sql.query(
                "select " + COLUMNS + " from consent where status = 'GIVEN' and valid_until < :day "
                        + "order by valid_until limit :limit for update skip locked",
                Params.of("day", day).and("limit", limit),
                ConsentStore::consent);
    }

    /** The consent currently given by the customer for the partner, if any (it may have run out). */
    public Optional<Consent> given(UUID caseId, UUID partnerId) {
        return sql
                .query(
                        "select " + COLUMNS + " from consent where case_id = :caseId and partner_id = :partnerId "
                                + "and status = 'GIVEN'",
                        Params.of("caseId", caseId).and("partnerId", partnerId),
                        ConsentStore::consent)
                .stream()
                .findFirst();
    }

    public void history(Consent c, String kind, String actor, Instant at) {
        sql.update(
                """
                insert into consent_history (consent_id, case_id, partner_id, kind, scopes, channel, document_ref, actor,
                                             occurred_at)
                values (:consentId, :caseId, :partnerId, :kind, :scopes, :channel, :documentRef, :actor, :occurredAt)""",
                Params.of("consentId", c.id())
                        .and("caseId", c.caseId())
                        .and("partnerId", c.partnerId())
                        .and("kind", kind)
                        .and("scopes", names(c.scopes()))
                        .and("channel", c.channel() == null ? null : c.channel().name())
                        .and("documentRef", c.documentRef())
                        .and("actor", actor)
                        .and("occurredAt", at));
    }

    public List<HistoryEntry> history(UUID caseId) {
        return sql.query(
                """
                select seq, consent_id, partner_id, kind, scopes, channel, document_ref, actor, occurred_at
                from consent_history where case_id = :caseId order by seq""",
                Params.of("caseId", caseId),
                rs -> new HistoryEntry(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        scopes(rs.getArray(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant()));
    }

    private static String[] names(Set<Scope> scopes) {
        return scopes.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Set<Scope> scopes(java.sql.Array array) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String s : (String[]) array.getArray()) {
            scopes.add(Scope.valueOf(s));
        }
        return scopes;
    }

    private static ConsentForm form(ResultSet rs) throws SQLException {
        return new ConsentForm(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                scopes(rs.getArray(6)),
                Arrays.stream((String[]) rs.getArray(7).getArray()).collect(Collectors.toSet()),
                rs.getTimestamp(8).toInstant());
    }

    private static Consent consent(ResultSet rs) throws SQLException {
        Timestamp ended = rs.getTimestamp(16);
        return new Consent(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class),
                Consent.Status.valueOf(rs.getString(6)),
                scopes(rs.getArray(7)),
                rs.getString(8),
                rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class),
                Consent.Channel.valueOf(rs.getString(11)),
                rs.getString(12),
                rs.getObject(13, UUID.class),
                rs.getString(14),
                rs.getTimestamp(15).toInstant(),
                ended == null ? null : ended.toInstant());
    }
}
