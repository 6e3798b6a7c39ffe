package de.lotse.planning.notes.infrastructure;

import de.lotse.planning.notes.domain.Note;
import de.lotse.planning.notes.domain.Visibility;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Notes; the texts never leave this service. */
@Singleton
public class NoteStore {
    private static final String COLUMNS = "id, case_id, jobcenter_id, visibility, text, contact_id, author, written_at";

    private final JdbcOperations jdbc;

    NoteStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Note n) {
        Sql.update(jdbc, "insert into note (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setObject(1, n.id());
            statement.setObject(2, n.caseId());
            statement.setString(3, n.jobcenterId());
            statement.setString(4, n.visibility().name());
            statement.setString(5, n.text());
            statement.setObject(6, n.contactId());
            statement.setString(7, n.author());
            statement.setTimestamp(8, Timestamp.from(n.writtenAt()));
        });
    }

    /** Whether the contact a note refers to is one of the case's. */
    public boolean contactOfCase(UUID caseId, UUID contactId) {
        return Sql.query(jdbc, "select 1 from contact where id = ? and case_id = ?", statement -> {
            statement.setObject(1, contactId);
            statement.setObject(2, caseId);
        }, rs -> 1).size() == 1;
    }

    public Optional<Note> find(UUID caseId, UUID id) {
        return Sql.query(jdbc, "select " + COLUMNS + " from note where id = ? and case_id = ?", statement -> {
            statement.setObject(1, id);
            statement.setObject(2, caseId);
        }, NoteStore::map).stream().findFirst();
    }

    /** The case's notes of the given visibility classes, newest first. */
    public List<Note> of(UUID caseId, Set<Visibility> visible, int limit, long offset) {
        return Sql.query(jdbc, "select " + COLUMNS + " from note where case_id = ? and visibility = any(?) "
                + "order by written_at desc, id limit ? offset ?", statement -> {
            statement.setObject(1, caseId);
            statement.setArray(2, statement.getConnection().createArrayOf("varchar",
                    visible.stream().map(Enum::name).toArray()));
            statement.setInt(3, limit);
            statement.setLong(4, offset);
        }, NoteStore::map);
    }

    public long count(UUID caseId, Set<Visibility> visible) {
        return Sql.query(jdbc, "select count(*) from note where case_id = ? and visibility = any(?)", statement -> {
            statement.setObject(1, caseId);
            statement.setArray(2, statement.getConnection().createArrayOf("varchar",
                    visible.stream().map(Enum::name).toArray()));
        }, rs -> rs.getLong(1)).get(0);
    }

    private static Note map(ResultSet rs) throws SQLException {
        return new Note(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                Visibility.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
                rs.getTimestamp(8).toInstant());
    }
}
