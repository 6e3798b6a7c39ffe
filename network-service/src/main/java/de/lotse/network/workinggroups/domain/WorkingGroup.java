package de.lotse.network.workinggroups.domain;

import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A working group of the local network (Arbeitskreis, PANKOW 5) and the FMs who take part.
 *
 * @param topic       PSYCHIATRY, ADDICTION_PREVENTION, ADDICTION, WORK, HOUSING, REFUGEES, OTHER
 * @param members     staff user ids
 */
public record WorkingGroup(
        UUID id, String jobcenterId, String name, Topic topic, List<String> members, Instant updatedAt) {

    public enum Topic {
        PSYCHIATRY,
        ADDICTION_PREVENTION,
        ADDICTION,
        WORK,
        HOUSING,
        REFUGEES,
        OTHER
    }

    public WorkingGroup {
        members = List.copyOf(members);
    }

    public static WorkingGroup of(
            UUID id, String jobcenterId, String name, Topic topic, List<String> members, Instant now) {
        if (members.stream().distinct().count() != members.size()) {
            throw new RuleViolation("members", "DUPLICATE_MEMBER", "Jede Fachkraft ist einmal Mitglied.");
        }
        return new WorkingGroup(
                id, jobcenterId, name.strip(), topic, members.stream().sorted().toList(), now);
    }
}
