package de.lotse.network.workinggroups.infrastructure;

import de.lotse.network.workinggroups.domain.WorkingGroup;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Singleton
public class WorkingGroupStore {
    private final Statements sql;

    WorkingGroupStore(Statements sql) {
        this.sql = sql;
    }

    /** Creates or replaces the group (by id); a name is unique per Jobcenter. */
    public void save(WorkingGroup g) {
        // not an UpsertIfNewer: the condition is the Jobcenter (another Jobcenter's group stays untouched), not a
        // version
        sql.update(
                """
                insert into working_group (id, jobcenter_id, name, topic, members, updated_at)
                values (:id, :jobcenterId, :name, :topic, :members, :updatedAt)
                on conflict (id) do update set name = excluded.name, topic = excluded.topic, members = excluded.members,
                    updated_at = excluded.updated_at
                where working_group.jobcenter_id = excluded.jobcenter_id""",
                Params.of("id", g.id())
                        .and("jobcenterId", g.jobcenterId())
                        .and("name", g.name())
                        .and("topic", g.topic().name())
                        .and("members", g.members().toArray(String[]::new))
                        .and("updatedAt", g.updatedAt()));
    }

    public List<WorkingGroup> of(String jobcenterId, String member) {
        return sql.query(
                "select id, jobcenter_id, name, topic, members, updated_at from working_group "
                        + "where jobcenter_id = :jobcenterId and (:member::text is null or :member = any(members)) "
                        + "order by name",
                Params.of("jobcenterId", jobcenterId).and("member", member),
                WorkingGroupStore::map);
    }

    private static WorkingGroup map(ResultSet rs) throws SQLException {
        return new WorkingGroup(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                WorkingGroup.Topic.valueOf(rs.getString(4)),
                Arrays.asList((String[]) rs.getArray(5).getArray()),
                rs.getTimestamp(6).toInstant());
    }
}
