package de.lotse.network.consents.infrastructure;

import de.lotse.network.consents.domain.Consent;
import de.lotse.network.consents.domain.ConsentForm;
import de.lotse.network.consents.domain.HistoryEntry;
import de.lotse.network.consents.domain.Scope;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Consent forms, consents (only ever ended, never edited) and their append-only history. */
@Singleton
public class ConsentStore {
    private static final String FORM_COLUMNS = "id, jobcenter_id, code, version, text, scopes, purposes, created_at";
    private static final String COLUMNS = "id, case_id, jobcenter_id, partner_id, form_id, status, scopes, purpose_code, "
            + "valid_from, valid_until, channel, document_ref, supersedes, recorded_by, recorded_at, ended_at";

    private final JdbcOperations jdbc;

    ConsentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insertForm(ConsentForm f) {
        Sql.update(jdbc, "insert into consent_form (" + FORM_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setObject(1, f.id());
            statement.setString(2, f.jobcenterId());
            statement.setString(3, f.code());
            statement.setInt(4, f.version());
            statement.setString(5, f.text());
            statement.setArray(6, statement.getConnection().createArrayOf("text", names(f.scopes())));
            statement.setArray(7, statement.getConnection().createArrayOf("text", f.purposes().stream().sorted().toArray()));
            statement.setTimestamp(8, Timestamp.from(f.createdAt()));
        });
    }

    public int nextFormVersion(String jobcenterId, String code) {
        return Sql.query(jdbc, "select coalesce(max(version), 0) + 1 from consent_form where jobcenter_id = ? and code = ?",
                statement -> {
                    statement.setString(1, jobcenterId);
                    statement.setString(2, code);
                }, rs -> rs.getInt(1)).get(0);
    }

    public Optional<ConsentForm> form(String jobcenterId, UUID id) {
        return Sql.query(jdbc, "select " + FORM_COLUMNS + " from consent_form where id = ? and jobcenter_id = ?",
                statement -> {
                    statement.setObject(1, id);
                    statement.setString(2, jobcenterId);
                }, ConsentStore::form).stream().findFirst();
    }

    public List<ConsentForm> forms(String jobcenterId) {
        return Sql.query(jdbc, "select " + FORM_COLUMNS + " from consent_form where jobcenter_id = ? order by code, version",
                statement -> statement.setString(1, jobcenterId), ConsentStore::form);
    }

    public void insert(Consent c) {
        Sql.update(jdbc, "insert into consent (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, c.id());
                    statement.setObject(2, c.caseId());
                    statement.setString(3, c.jobcenterId());
                    statement.setObject(4, c.partnerId());
                    statement.setObject(5, c.formId());
                    statement.setString(6, c.status().name());
                    statement.setArray(7, statement.getConnection().createArrayOf("text", names(c.scopes())));
                    statement.setString(8, c.purposeCode());
                    statement.setObject(9, c.validFrom());
                    statement.setObject(10, c.validUntil());
                    statement.setString(11, c.channel().name());
                    statement.setString(12, c.documentRef());
                    statement.setObject(13, c.supersedes());
                    statement.setString(14, c.recordedBy());
                    statement.setTimestamp(15, Timestamp.from(c.recordedAt()));
                    statement.setTimestamp(16, c.endedAt() == null ? null : Timestamp.from(c.endedAt()));
                });
    }

    /** Ends a given consent; false if it was not given any more (a concurrent revocation). */
    public boolean end(Consent ended) {
        return Sql.update(jdbc, "update consent set status = ?, ended_at = ? where id = ? and status = 'GIVEN'",
                statement -> {
                    statement.setString(1, ended.status().name());
                    statement.setTimestamp(2, Timestamp.from(ended.endedAt()));
                    statement.setObject(3, ended.id());
                }) == 1;
    }

    public Optional<Consent> find(String jobcenterId, UUID caseId, UUID id) {
        return Sql.query(jdbc, "select " + COLUMNS + " from consent where id = ? and case_id = ? and jobcenter_id = ?",
                statement -> {
                    statement.setObject(1, id);
                    statement.setObject(2, caseId);
                    statement.setString(3, jobcenterId);
                }, ConsentStore::consent).stream().findFirst();
    }

    public List<Consent> of(UUID caseId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from consent where case_id = ? order by recorded_at",
                statement -> statement.setObject(1, caseId), ConsentStore::consent);
    }

    /** Given consents whose validity ended before the day, locked for this transaction (others skip them). */
    public List<Consent> runOut(LocalDate day, int limit) {
        return Sql.query(jdbc, "select " + COLUMNS + " from consent where status = 'GIVEN' and valid_until < ? "
                + "order by valid_until limit ? for update skip locked", statement -> {
            statement.setObject(1, day);
            statement.setInt(2, limit);
        }, ConsentStore::consent);
    }

    /** The consent currently given by the customer for the partner, if any (it may have run out). */
    public Optional<Consent> given(UUID caseId, UUID partnerId) {
        return Sql.query(jdbc, "select " + COLUMNS + " from consent where case_id = ? and partner_id = ? "
                + "and status = 'GIVEN'", statement -> {
            statement.setObject(1, caseId);
            statement.setObject(2, partnerId);
        }, ConsentStore::consent).stream().findFirst();
    }

    public void history(Consent c, String kind, String actor, Instant at) {
        Sql.update(jdbc, """
                insert into consent_history (consent_id, case_id, partner_id, kind, scopes, channel, document_ref, actor,
                                             occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, c.id());
            statement.setObject(2, c.caseId());
            statement.setObject(3, c.partnerId());
            statement.setString(4, kind);
            statement.setArray(5, statement.getConnection().createArrayOf("text", names(c.scopes())));
            statement.setString(6, c.channel() == null ? null : c.channel().name());
            statement.setString(7, c.documentRef());
            statement.setString(8, actor);
            statement.setTimestamp(9, Timestamp.from(at));
        });
    }

    public List<HistoryEntry> history(UUID caseId) {
        return Sql.query(jdbc, """
                select seq, consent_id, partner_id, kind, scopes, channel, document_ref, actor, occurred_at
                from consent_history where case_id = ? order by seq""", statement -> statement.setObject(1, caseId),
                rs -> new HistoryEntry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), scopes(rs.getArray(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()));
    }

    private static Object[] names(Set<Scope> scopes) {
        return scopes.stream().map(Enum::name).sorted().toArray();
    }

    private static Set<Scope> scopes(java.sql.Array array) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String s : (String[]) array.getArray()) {
            scopes.add(Scope.valueOf(s));
        }
        return scopes;
    }

    private static ConsentForm form(ResultSet rs) throws SQLException {
        return new ConsentForm(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getString(5), scopes(rs.getArray(6)),
                Arrays.stream((String[]) rs.getArray(7).getArray()).collect(Collectors.toSet()),
                rs.getTimestamp(8).toInstant());
    }

    private static Consent consent(ResultSet rs) throws SQLException {
        Timestamp ended = rs.getTimestamp(16);
        return new Consent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), Consent.Status.valueOf(rs.getString(6)),
                scopes(rs.getArray(7)), rs.getString(8), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class), Consent.Channel.valueOf(rs.getString(11)), rs.getString(12),
                rs.getObject(13, UUID.class), rs.getString(14), rs.getTimestamp(15).toInstant(),
                ended == null ? null : ended.toInstant());
    }
}
