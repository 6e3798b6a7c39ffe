package de.lotse.reporting.caseload.domain;

import de.lotse.platform.security.Roles;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The part of one Jobcenter's caseload a viewer may see. Always a single Jobcenter; within it
 * narrowed to a team, to one case manager's own cases, or not at all.
 *
 * @param jobcenterId   the viewer's Jobcenter
 * @param teamId        only this team's cases, or {@code null}
 * @param caseManagerId only this case manager's cases, or {@code null}
 */
public record CaseloadScope(String jobcenterId, String teamId, String caseManagerId) {

    public CaseloadScope {
        Objects.requireNonNull(jobcenterId, "jobcenterId");
    }

    /**
     * Leitung (MANAGEMENT) sees the whole Jobcenter, Teamleitung (TL) its own team, a
     * Fallmanager:in (FM) only their own cases. A user with several roles gets the widest view
     * among them. Empty when the viewer may see nothing, e.g. a team lead whose token names no team:
     * falling back to the whole Jobcenter would show more than the role allows.
     */
    public static Optional<CaseloadScope> forViewer(
            String jobcenterId, Set<String> roles, String subject, String teamId) {
        if (roles.contains(Roles.MANAGEMENT)) {
            return Optional.of(new CaseloadScope(jobcenterId, null, null));
        }
        if (roles.contains(Roles.TL)) {
            return isBlank(teamId) ? Optional.empty() : Optional.of(new CaseloadScope(jobcenterId, teamId, null));
        }
        if (roles.contains(Roles.FM)) {
            return isBlank(subject) ? Optional.empty() : Optional.of(new CaseloadScope(jobcenterId, null, subject));
        }
        return Optional.empty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
