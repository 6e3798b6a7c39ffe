package de.lotse.platform.security;

import de.lotse.platform.domain.AccessDenied;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller as the application layer needs it: subject, roles and the organisational claims
 * that object-level checks use (own Jobcenter, own team, own partner).
 *
 * @param subject     the {@code sub} claim
 * @param roles       the {@code roles} claim
 * @param jobcenterId the {@code jobcenterId} claim: every staff user belongs to one Jobcenter
 * @param teamId      the {@code teamId} claim (staff)
 * @param partnerId   the {@code partnerId} claim (partners)
 * @param reportingScope the {@code reportingScope} claim: {@code NATIONAL} opens the reporting view
 *                    across all Jobcenters to a MANAGEMENT token (aggregates only); absent for everyone else
 */
public record CurrentUser(
        String subject,
        Set<String> roles,
        @Nullable String jobcenterId,
        @Nullable String teamId,
        @Nullable String partnerId,
        @Nullable String reportingScope) {

    public static final String CLAIM_JOBCENTER = "jobcenterId";
    public static final String CLAIM_TEAM = "teamId";
    public static final String CLAIM_PARTNER = "partnerId";
    public static final String CLAIM_REPORTING_SCOPE = "reportingScope";

    public static CurrentUser of(Authentication authentication) {
        Collection<String> roles = authentication.getRoles();
        return new CurrentUser(
                authentication.getName(),
                roles.stream().collect(Collectors.toUnmodifiableSet()),
                claim(authentication, CLAIM_JOBCENTER),
                claim(authentication, CLAIM_TEAM),
                claim(authentication, CLAIM_PARTNER),
                claim(authentication, CLAIM_REPORTING_SCOPE));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The caller's Jobcenter; a token without one cannot see any Jobcenter's data. */
    public String requireJobcenter() {
        if (jobcenterId == null || jobcenterId.isBlank()) {
            throw new AccessDenied("Das Token enthält keine Jobcenter-Zuordnung (jobcenterId).");
        }
        return jobcenterId;
    }

    public String actorRoles() {
        return String.join(",", roles.stream().sorted().toList());
    }

    private static String claim(Authentication authentication, String name) {
        Object value = authentication.getAttributes().get(name);
        return value == null ? null : value.toString();
    }
}
