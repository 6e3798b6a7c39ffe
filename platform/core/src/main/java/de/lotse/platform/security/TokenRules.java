package de.lotse.platform.security;

import io.micronaut.security.token.Claims;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a token must say before Lotse believes it, beyond what micronaut-security-jwt checks itself
 * (signature, issuer, audience, an {@code exp} in the past, a {@code sub} that is present).
 * Every refusal here makes the token invalid (401): the identity provider issued something Lotse
 * cannot interpret unambiguously. A well-formed token that simply carries no Lotse role is valid
 * and is refused later, with 403 ({@link LotseRoleRequired}).
 *
 * <ul>
 *   <li>{@code exp} is required and at most {@code maxLifetime} (+ clock skew) ahead — without it,
 *       Micronaut accepts a token forever;</li>
 *   <li>{@code sub} is a non-blank string — the audit log names the actor by it;</li>
 *   <li>{@code iat} and {@code nbf}, where present, are at most the clock skew in the future;</li>
 *   <li>{@code roles}, where present, is a JSON array of strings (Micronaut would read the string
 *       {@code "FM"} as the role FM and an object as its {@code toString()});</li>
 *   <li>{@code jobcenterId}, {@code teamId}, {@code partnerId}, {@code reportingScope} are strings
 *       where present;</li>
 *   <li>a staff role (AV, FM, TL, MANAGEMENT, ADMIN) needs a non-blank {@code jobcenterId} — except
 *       the national management view (MANAGEMENT only, {@code reportingScope: NATIONAL}), which
 *       belongs to no Jobcenter and sees aggregates only;</li>
 *   <li>PARTNER needs a non-blank {@code partnerId} and carries no staff role.</li>
 * </ul>
 * Roles Lotse does not know are ignored here (identity providers add their own, e.g.
 * {@code offline_access}); {@link LotseRolesFinder} drops them.
 */
public final class TokenRules {
    public static final String CLAIM_ROLES = "roles";
    public static final String NATIONAL_SCOPE = "NATIONAL";
    private static final List<String> STRING_CLAIMS = List.of(
            CurrentUser.CLAIM_JOBCENTER,
            CurrentUser.CLAIM_TEAM,
            CurrentUser.CLAIM_PARTNER,
            CurrentUser.CLAIM_REPORTING_SCOPE);

    private final Duration maxLifetime;
    private final Duration clockSkew;

    public TokenRules(Duration maxLifetime, Duration clockSkew) {
        if (maxLifetime.isNegative() || maxLifetime.isZero() || clockSkew.isNegative()) {
            throw new IllegalArgumentException("max token lifetime must be positive and the clock skew not negative");
        }
        this.maxLifetime = maxLifetime;
        this.clockSkew = clockSkew;
    }

    /** Why the token is refused, or empty when these rules accept it. */
    public Optional<String> refusal(Claims claims, Instant now) {
        Instant latestIssue = now.plus(clockSkew);
        if (!(claims.get(Claims.EXPIRATION_TIME) instanceof Date expiry)) {
            return Optional.of("exp missing");
        }
        if (expiry.toInstant().isAfter(latestIssue.plus(maxLifetime))) {
            return Optional.of("exp more than " + maxLifetime + " ahead");
        }
        if (!(claims.get(Claims.SUBJECT) instanceof String subject) || subject.isBlank()) {
            return Optional.of("sub missing or blank");
        }
        for (String time : List.of(Claims.ISSUED_AT, Claims.NOT_BEFORE)) {
            Object value = claims.get(time);
            if (value != null
                    && (!(value instanceof Date date) || date.toInstant().isAfter(latestIssue))) {
                return Optional.of(time + " in the future");
            }
        }
        for (String name : STRING_CLAIMS) {
            Object value = claims.get(name);
            if (value != null && !(value instanceof String)) {
                return Optional.of(name + " is not a string");
            }
        }
        Object rolesClaim = claims.get(CLAIM_ROLES);
        Set<String> roles = new HashSet<>();
        if (rolesClaim != null) {
            if (!(rolesClaim instanceof List<?> list)) {
                return Optional.of("roles is not a JSON array");
            }
            for (Object role : list) {
                if (!(role instanceof String name)) {
                    return Optional.of("roles contains a value that is not a string");
                }
                if (Roles.ALL.contains(name)) {
                    roles.add(name);
                }
            }
        }
        Set<String> staff = new HashSet<>(roles);
        staff.retainAll(Roles.STAFF);
        if (!staff.isEmpty() && blank(claims.get(CurrentUser.CLAIM_JOBCENTER)) && !national(staff, claims)) {
            return Optional.of("staff role without jobcenterId");
        }
        if (roles.contains(Roles.PARTNER)) {
            if (blank(claims.get(CurrentUser.CLAIM_PARTNER))) {
                return Optional.of("PARTNER without partnerId");
            }
            if (!staff.isEmpty()) {
                return Optional.of("PARTNER together with a staff role");
            }
        }
        return Optional.empty();
    }

    private static boolean national(Set<String> staff, Claims claims) {
        return staff.equals(Set.of(Roles.MANAGEMENT))
                && NATIONAL_SCOPE.equals(claims.get(CurrentUser.CLAIM_REPORTING_SCOPE));
    }

    private static boolean blank(Object value) {
        return !(value instanceof String text) || text.isBlank();
    }
}
