package de.lotse.network.workinggroups.infrastructure;

import de.lotse.network.workinggroups.domain.WorkingGroup;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Singleton
public class WorkingGroupStore {
    private final JdbcOperations jdbc;

    WorkingGroupStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates or replaces the group (by id); a name is unique per Jobcenter. */
    public void save(WorkingGroup g) {
        Sql.update(jdbc, """
                insert into working_group (id, jobcenter_id, name, topic, members, updated_at) values (?, ?, ?, ?, ?, ?)
                on conflict (id) do update set name = excluded.name, topic = excluded.topic, members = excluded.members,
                    updated_at = excluded.updated_at
                where working_group.jobcenter_id = excluded.jobcenter_id""", statement -> {
            statement.setObject(1, g.id());
            statement.setString(2, g.jobcenterId());
            statement.setString(3, g.name());
            statement.setString(4, g.topic().name());
            statement.setArray(5, statement.getConnection().createArrayOf("text", g.members().toArray()));
            statement.setTimestamp(6, Timestamp.from(g.updatedAt()));
        });
    }

    public List<WorkingGroup> of(String jobcenterId, String member) {
        return Sql.query(jdbc, "select id, jobcenter_id, name, topic, members, updated_at from working_group "
                + "where jobcenter_id = ? and (?::text is null or ? = any(members)) order by name", statement -> {
            statement.setString(1, jobcenterId);
            statement.setString(2, member);
            statement.setString(3, member);
        }, WorkingGroupStore::map);
    }

    private static WorkingGroup map(ResultSet rs) throws SQLException {
        return new WorkingGroup(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                WorkingGroup.Topic.valueOf(rs.getString(4)), Arrays.asList((String[]) rs.getArray(5).getArray()),
                rs.getTimestamp(6).toInstant());
    }
}
