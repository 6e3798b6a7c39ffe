package de.lotse.network.workinggroups.application;

import de.lotse.network.workinggroups.domain.WorkingGroup;
import de.lotse.network.workinggroups.infrastructure.WorkingGroupStore;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Working groups of the local network: team leads and administrators record which FMs take part. */
@Singleton
public class WorkingGroups {
    private final WorkingGroupStore groups;
    private final Clock clock;

    WorkingGroups(WorkingGroupStore groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    @Transactional
    public WorkingGroup save(CurrentUser user, UUID id, String name, WorkingGroup.Topic topic, List<String> members) {
        if (!user.has(Roles.TL) && !user.has(Roles.ADMIN)) {
            throw new AccessDenied("REGISTRY_MAINTAINERS", "Arbeitskreise pflegen Teamleitung und Administration.");
        }
        WorkingGroup group = WorkingGroup.of(
                id != null ? id : UUID.randomUUID(), user.requireJobcenter(), name, topic, members, clock.instant());
        groups.save(group);
        return group;
    }

    /** The Jobcenter's groups, or those the given FM takes part in. */
    @Transactional
    public List<WorkingGroup> list(CurrentUser user, String member) {
        return groups.of(user.requireJobcenter(), member);
    }
}
