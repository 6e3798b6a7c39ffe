package de.lotse.planning.notes.infrastructure;

import de.lotse.planning.notes.domain.Note;
import de.lotse.planning.notes.domain.Visibility;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Notes; the texts never leave this service. */
@Singleton
public class NoteStore {
    private static final String COLUMNS = "id, case_id, jobcenter_id, visibility, text, contact_id, author, written_at";

    private final Statements sql;

    NoteStore(Statements sql) {
        this.sql = sql;
    }

    public void insert(Note n) {
        sql.update(
                "insert into note (" + COLUMNS + ") values (:id, :caseId, :jobcenterId, :visibility, :text, "
                        + ":contactId, :author, :writtenAt)",
                Params.of("id", n.id())
                        .and("caseId", n.caseId())
                        .and("jobcenterId", n.jobcenterId())
                        .and("visibility", n.visibility())
                        .and("text", n.text())
                        .and("contactId", n.contactId())
                        .and("author", n.author())
                        .and("writtenAt", n.writtenAt()));
    }

    /** Whether the contact a note refers to is one of the case's. */
    public boolean contactOfCase(UUID caseId, UUID contactId) {
        return sql.query(
                                "select 1 from contact where id = :contactId and case_id = :caseId",
                                Params.of("contactId", contactId).and("caseId", caseId),
                                rs -> 1)
                        .size()
                == 1;
    }

    public Optional<Note> find(UUID caseId, UUID id) {
        return sql
                .query(
                        "select " + COLUMNS + " from note where id = :id and case_id = :caseId",
                        Params.of("id", id).and("caseId", caseId),
                        NoteStore::map)
                .stream()
                .findFirst();
    }

    /** The case's notes of the given visibility classes, newest first. */
    public List<Note> of(UUID caseId, Set<Visibility> visible, int limit, long offset) {
        return sql.query(
                "select " + COLUMNS + " from note where case_id = :caseId and visibility = any(:visible) "
                        + "order by written_at desc, id limit :limit offset :offset",
                visibleIn(caseId, visible).and("limit", limit).and("offset", offset),
                NoteStore::map);
    }

    public long count(UUID caseId, Set<Visibility> visible) {
        return sql.count(
                "select count(*) from note where case_id = :caseId and visibility = any(:visible)",
                visibleIn(caseId, visible));
    }

    private static Params visibleIn(UUID caseId, Set<Visibility> visible) {
        return Params.of("caseId", caseId)
                .and("visible", visible.stream().map(Enum::name).toArray(String[]::new));
    }

    private static Note map(ResultSet rs) throws SQLException {
        return new Note(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                Visibility.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getObject(6, UUID.class),
                rs.getString(7),
                rs.getTimestamp(8).toInstant());
    }
}
